# Independent oracle for the cohort-validation core: R's survival package computes concordance
# counts and Kaplan-Meier curves for survival's own `lung` data and for random LMS-shaped cohorts
# with heavy ties and censoring. CI does not need R; the JSON it writes is committed.
#   apt-get install r-base-core r-cran-survival r-cran-jsonlite
#   Rscript test/vectors/survival/make-survival-fixtures.R > test/vectors/survival/survival-fixtures.json
suppressPackageStartupMessages({ library(survival); library(jsonlite) })

km_steps <- function(time, event) {
  f <- survfit(Surv(time, event) ~ 1)
  # survfit's std.err is that of log survival; summary.survfit (and our stdErr) multiply by survival.
  data.frame(time = f$time, atRisk = f$n.risk, events = f$n.event, censored = f$n.censor,
             survival = f$surv, stdErr = ifelse(f$surv > 0, f$std.err * f$surv, NA),
             lower = f$lower, upper = f$upper)
}
counts <- function(time, event, x) {
  cf <- concordance(Surv(time, event) ~ x, reverse = TRUE)
  n <- cf$count
  list(concordant = n[["concordant"]], discordant = n[["discordant"]], tiedRisk = n[["tied.x"]],
       tiedTime = n[["tied.y"]], tiedBoth = n[["tied.xy"]], value = unname(cf$concordance))
}

lung2 <- lung[!is.na(lung$ph.ecog), ]
lung_fit <- survfit(Surv(time, status) ~ 1, data = lung)
lung_out <- list(
  time = lung2$time, event = as.integer(lung2$status == 2), score = lung2$ph.ecog,
  concordance = counts(lung2$time, lung2$status == 2, lung2$ph.ecog),
  kmAll = list(time = lung$time, event = as.integer(lung$status == 2),
               steps = km_steps(lung$time, lung$status == 2),
               survivalAt364 = summary(lung_fit, times = 364)$surv,
               median = unname(summary(lung_fit)$table[["median"]]))
)

# LMS restated here (points and hazard ratios as in shared/lms-model.ts), not read from the engine.
ki67_levels <- c("<3", "3-20", ">20"); ki67_points <- c(0, 3, 4); ki67_hr <- c(1, 10.36, 18.3)
set.seed(20261128)
cohorts <- lapply(seq_len(24), function(k) {
  n <- sample(c(15, 40, 120, 400), 1)
  ki <- sample(1:3, n, replace = TRUE, prob = c(0.5, 0.35, 0.15))
  vi <- rbinom(n, 1, 0.3); ln <- rbinom(n, 1, 0.25); adj <- rbinom(n, 1, 0.4)
  points <- ki67_points[ki] + 2 * vi + ln + (1 - adj)
  rh <- round(ki67_hr[ki] * ifelse(vi == 1, 5.03, 1) * ifelse(ln == 1, 2.24, 1) * ifelse(adj == 1, 1, 3.03), 6)
  # Heavy ties: whole months up to `span`; about half censored; some cohorts reach 60 months.
  span <- sample(c(12, 36, 90), 1)
  time <- sample(0:span, n, replace = TRUE)
  event <- rbinom(n, 1, plogis(-1 + 0.35 * points))
  group <- ifelse(points <= 2, "low", ifelse(points <= 4, "intermediate", "high"))
  km <- lapply(split(seq_len(n), group), function(i) {
    s <- km_steps(time[i], event[i])
    at60 <- if (max(time[i]) >= 60) summary(survfit(Surv(time[i], event[i]) ~ 1), times = 60) else NULL
    list(steps = s, survivalAt60 = if (is.null(at60)) NULL else list(survival = at60$surv, lower = at60$lower, upper = at60$upper))
  })
  list(name = sprintf("cohort %d: n = %d, times 0-%d", k, n, span),
       rows = data.frame(ki67 = ki67_levels[ki], vascularInvasion = vi == 1, lymphNodeMetastasis = ln == 1,
                         adjuvantTherapy = adj == 1, time = time, event = event),
       points = points, relativeHazard = rh,
       concordancePoints = counts(time, event, points), concordanceRelativeHazard = counts(time, event, rh),
       kaplanMeier = km)
})

cat(toJSON(list(
  generatedBy = "test/vectors/survival/make-survival-fixtures.R",
  versions = list(R = R.version.string, survival = as.character(packageVersion("survival")), jsonlite = as.character(packageVersion("jsonlite"))),
  lung = lung_out, cohorts = cohorts
), digits = NA, auto_unbox = TRUE, na = "null", null = "null", dataframe = "rows"))
