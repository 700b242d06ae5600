# Sourced by the scripts that compare two builds of the CLI (bench-compare.sh, bench-hostile.sh, output-diff.sh).
# Expects $repo and $ref_sha. Makes $work (a scratch folder removed on exit, with the REF worktree in it), builds REF into
# $work/a and the working tree into $work/b (Release), and sets $head_sha to HEAD, marked +changes when the tree is dirty.
work="$(mktemp -d)"
tree="$work/ref-tree"
cleanup() {
  git -C "$repo" worktree remove --force "$tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git -C "$repo" worktree add --detach "$tree" "$ref_sha" >/dev/null 2>&1
head_sha="$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD || echo '+changes')"
echo "building A = $ref_sha (worktree) and B = working tree ($head_sha)" >&2
bash "$repo/scripts/quiet-build.sh" "$tree/src/Summarizer.Cli" -c Release -o "$work/a"
bash "$repo/scripts/quiet-build.sh" "$repo/src/Summarizer.Cli" -c Release -o "$work/b"
