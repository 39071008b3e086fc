# What `lms validate` does (shared/validate-cohort.ts), done with R's survival package on the same
# CSV, for the validation bench (scripts/bench/bench-validation.ts): Harrell's C of the points and of
# the relative hazard (concordance, reverse = TRUE), a seeded percentile bootstrap of both over the
# same resampled rows, Kaplan-Meier per risk group (survfit) and each group's risk at 60 months.
# Prints its timings (seconds) and C-indexes as one line of JSON.
#
#   Rscript scripts/bench/validate-in-r.R cohort.csv REPLICATES SEED FACTORS GROUPS
#
# FACTORS and GROUPS are the model, from shared/lms-model.ts (validation-cohort.ts, modelForR):
# "factor=level:points:hazardRatio,...;..." and "group:maxPoints,...", so that R scores each row as
# the core does. Cells are read as level ids (the bench's file holds level ids and yes/no).

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 5) stop("usage: validate-in-r.R cohort.csv replicates seed factors groups")
replicates <- as.integer(args[2])
seconds <- function(since) unname((proc.time() - since)[["elapsed"]])
pairs <- function(text, sep) do.call(rbind, strsplit(strsplit(text, sep, fixed = TRUE)[[1]], ":", fixed = TRUE))

start <- proc.time()
d <- read.csv(args[1], colClasses = "character", check.names = FALSE)
points <- numeric(nrow(d))
hazard <- rep(1, nrow(d))
for (factor in strsplit(args[4], ";", fixed = TRUE)[[1]]) {
  named <- strsplit(factor, "=", fixed = TRUE)[[1]]
  levels <- pairs(named[2], ",")
  at <- match(d[[named[1]]], levels[, 1])
  points <- points + as.numeric(levels[at, 2])
  hazard <- hazard * as.numeric(levels[at, 3])
}
groups <- pairs(args[5], ",")
group <- cut(points, c(-Inf, as.numeric(groups[, 2])), labels = groups[, 1])
time <- as.numeric(d$time)
event <- as.integer(d$event)
read <- seconds(start)

start <- proc.time()
y <- Surv(time, event)
c_points <- concordance(y ~ points, reverse = TRUE)$concordance
c_hazard <- concordance(y ~ hazard, reverse = TRUE)$concordance
risk <- sapply(groups[, 1], function(g) {
  members <- which(group == g)
  if (length(members) == 0) return(NA_real_)
  fit <- survfit(Surv(time[members], event[members]) ~ 1)
  1 - summary(fit, times = 60, extend = TRUE)$surv
})
point <- seconds(start)

start <- proc.time()
set.seed(as.integer(args[3]))
n <- length(time)
samples <- matrix(NA_real_, replicates, 2)
for (b in seq_len(replicates)) {
  i <- sample.int(n, n, replace = TRUE)
  yb <- Surv(time[i], event[i])
  samples[b, 1] <- concordance(yb ~ points[i], reverse = TRUE)$concordance
  samples[b, 2] <- concordance(yb ~ hazard[i], reverse = TRUE)$concordance
}
if (replicates > 0) ci <- apply(samples, 2, quantile, probs = c(0.025, 0.975), na.rm = TRUE, type = 7)
bootstrap <- seconds(start)

cat(sprintf(
  '{"read": %.4f, "point": %.4f, "bootstrap": %.4f, "cIndex": %.9f, "cIndexRelativeHazard": %.9f}\n',
  read, point, bootstrap, c_points, c_hazard
))
