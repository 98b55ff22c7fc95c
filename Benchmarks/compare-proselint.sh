#!/usr/bin/env bash
# Whole-process time of `rebound check` against proselint (PyPI) on the same 100 messages,
# one process per message, best of three rounds. Prints both totals and their ratio.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v proselint >/dev/null 2>&1 || python3 -m pip install --quiet proselint
(cd "$root" && swift build -c release --product rebound >/dev/null)
rebound="$root/.build/release/rebound"

# The first 100 messages of the labelled corpus, one file each.
python3 - "$root/Tests/ReboundCoreTests/Corpus" "$work" <<'PY'
import pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
messages = []
for name in ["development.txt", "holdout.txt"]:
    block = None
    for line in (corpus / name).read_text().splitlines():
        if line.startswith("=== "):
            if block is not None: messages.append("\n".join(block).strip() + "\n")
            block = []
        elif block is not None:
            block.append(line)
    if block: messages.append("\n".join(block).strip() + "\n")
for number, text in enumerate(messages[:100], 1):
    (out / f"message-{number:03}.txt").write_text(text)
PY

round_ms() {
    local start end
    start=$(date +%s%N)
    for file in "$work"/message-*.txt; do "$@" "$file" >/dev/null 2>&1 || true; done
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

best_ms() {
    local best="" time
    for _ in 1 2 3; do
        time=$(round_ms "$@")
        if [ -z "$best" ] || [ "$time" -lt "$best" ]; then best=$time; fi
    done
    echo "$best"
}

count=$(ls "$work"/message-*.txt | wc -l)
rebound_ms=$(best_ms "$rebound" check)
proselint_ms=$(best_ms proselint check)
echo "$count messages, one process each, best of 3 rounds"
echo "rebound check:   ${rebound_ms} ms in all, $(( rebound_ms * 1000 / count )) µs per message"
echo "proselint check: ${proselint_ms} ms in all, $(( proselint_ms * 1000 / count )) µs per message"
python3 -c "print(f'ratio: proselint takes {${proselint_ms} / max(${rebound_ms}, 1):.1f} times as long as rebound')"
