#!/usr/bin/env bash
# End-to-end test of a sweep on a real cluster scheduler: starts munge and a single-node
# Slurm (slurmctld and slurmd from Debian's slurm-wlm) on loopback, submits the example
# array job docs/cluster/simulate.sbatch (4 shards) and docs/cluster/merge.sbatch after it,
# and checks that the merged summary is byte for byte the summary of one `wijkspel simulate`
# of the same games on this machine.
#
# Usage: Tests/e2e/slurm-sweep.sh     (as root, from anywhere; builds into .build-e2e)
# Exits 0 with "skipped" when Slurm or munge is not installed.
set -euo pipefail

TEST=slurm-sweep NEEDS="sbatch slurmctld slurmd munged sinfo"
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"

WORK=$(mktemp -d /tmp/wijkspel-slurm.XXXXXX)
chmod 755 "$WORK"
MUNGED_STARTED=""
cleanup() {
    [ -f "$WORK/slurmctld.pid" ] && kill "$(cat "$WORK/slurmctld.pid")" 2>/dev/null || true
    [ -f "$WORK/slurmd.pid" ] && kill "$(cat "$WORK/slurmd.pid")" 2>/dev/null || true
    [ -n "$MUNGED_STARTED" ] && pkill -x munged 2>/dev/null || true
    sleep 0.5
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
    echo "slurm-sweep: FAIL: $*"
    for log in "$WORK"/slurmctld.log "$WORK"/slurmd.log "$WORK"/results/slurm-*.out; do
        [ -f "$log" ] && { echo "--- $log"; tail -n 15 "$log"; }
    done
    exit 1
}

# munge: the key comes with the package; the socket folder may not exist in a container.
if ! munge -n >/dev/null 2>&1; then
    mkdir -p /run/munge && chown munge:munge /run/munge 2>/dev/null || true
    [ -f /etc/munge/munge.key ] || mungekey --create >/dev/null 2>&1 ||
        fail "no munge key and mungekey could not make one"
    munged --force 2>/dev/null || fail "munged did not start"
    MUNGED_STARTED=1
    for _ in $(seq 50); do munge -n >/dev/null 2>&1 && break; sleep 0.1; done
fi

NODE=$(hostname -s)
BASE_PORT=$((30000 + RANDOM % 20000))
export SLURM_CONF="$WORK/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=wijkspel-test
SlurmctldHost=$NODE
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
SlurmctldPort=$BASE_PORT
SlurmdPort=$((BASE_PORT + 1))
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$NODE CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
CONF
mkdir -p "$WORK/state" "$WORK/spool" "$WORK/results"
slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start"
for _ in $(seq 100); do
    sinfo -h -o %t 2>/dev/null | grep -q idle && break
    sleep 0.2
done
sinfo -h -o %t | grep -q idle || fail "the node did not come up idle"

GAMES=160 SEED=4 STRATEGY=random
export WIJKSPEL="$BIN" GAME="$ROOT/Games/voorbeeld.toml" GAMES SEED STRATEGY OUT="$WORK/results"
array=$(sbatch --parsable --array=0-3 --chdir="$WORK/results" docs/cluster/simulate.sbatch) ||
    fail "sbatch of the array was refused"
merge=$(sbatch --parsable --dependency="afterok:$array" --chdir="$WORK/results" \
    docs/cluster/merge.sbatch) || fail "sbatch of the merge was refused"
for _ in $(seq 600); do
    [ -f "$WORK/results/summary.txt" ] && break
    squeue -h -j "$array,$merge" 2>/dev/null | grep -q . || sleep 0.5
    sleep 0.2
done
[ -f "$WORK/results/summary.txt" ] || fail "no merged summary after 4 minutes"
shards=$(ls "$WORK/results"/shard-*-of-4.jsonl | wc -l)
[ "$shards" = 4 ] || fail "$shards shards instead of 4"

"$BIN" simulate "$GAME" --games "$GAMES" --seed "$SEED" --strategy "$STRATEGY" \
    >"$WORK/one-machine.txt" || fail "the one-machine run failed"
cmp "$WORK/one-machine.txt" "$WORK/results/summary.txt" ||
    { diff "$WORK/one-machine.txt" "$WORK/results/summary.txt" | head -20; fail "the merged summary differs"; }
echo "slurm-sweep: ok (array job $array of 4 shards and merge job $merge on Slurm $(sinfo -V | cut -d' ' -f2); merged summary of $GAMES games byte-identical to one run)"
