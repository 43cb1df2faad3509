# Shared start of the end-to-end tests: `source` it with TEST set to the test's name and
# NEEDS to the commands it cannot run without. It skips (exit 0) when one is missing, builds
# wijkspel into WIJKSPEL_E2E_SCRATCH (default .build-e2e) and sets ROOT and BIN.
for tool in $NEEDS; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$TEST: skipped ($tool is not installed)"
        exit 0
    fi
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SCRATCH=${WIJKSPEL_E2E_SCRATCH:-$ROOT/.build-e2e}
cd "$ROOT"
swift build --scratch-path "$SCRATCH" --product wijkspel >/dev/null 2>&1 ||
    { echo "$TEST: FAIL: the build failed"; exit 1; }
BIN="$(swift build --scratch-path "$SCRATCH" --show-bin-path 2>/dev/null)/wijkspel"
