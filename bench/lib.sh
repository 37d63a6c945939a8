# shellcheck shell=bash
# Shared by the benchmark scripts (sourced): CPU accounting and waiting for an idle machine.
# Needs WORK (a scratch dir), QUIET_MAX and QUIET_BELOW set by the caller.

# CPU accounting, to tell how much of the 2 cores other processes took during a measurement.
HZ="$(getconf CLK_TCK)"
# machine_jiffies: "<busy (user+nice+system)> <total>" summed over all CPUs
machine_jiffies() { awk '/^cpu / { print $2 + $3 + $4, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; }
# pid_jiffies <pid>: user+system time of one live process (all its threads)
pid_jiffies() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# children_jiffies: sets CJ to the user+system time of this shell's waited-for children (curl,
# wrk, ...). `times` must run in this shell, not in a subshell or a pipeline.
children_jiffies() {
	times >"$WORK/times"
	# shellcheck disable=SC2034 # read by the scripts that source this file
	CJ=$(awk -v hz="$HZ" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } print int(t * hz) }' "$WORK/times")
}

# CPU busy % of the whole machine over one second (other processes share these 2 cores).
cpu_busy() {
	local a b
	read -r -a a < <(grep '^cpu ' /proc/stat)
	sleep 1
	read -r -a b < <(grep '^cpu ' /proc/stat)
	local ta=0 tb=0 i
	for i in 1 2 3 4 5 6 7 8; do ta=$((ta + a[i])); tb=$((tb + b[i])); done
	local idle=$(((b[4] + b[5]) - (a[4] + a[5]))) total=$((tb - ta))
	echo $((total > 0 ? 100 * (total - idle) / total : 0))
}
# Waits (up to QUIET_MAX s) until the machine is nearly idle; prints the last busy %.
wait_quiet() {
	local deadline=$(($(date +%s) + QUIET_MAX)) busy
	while :; do
		busy=$(cpu_busy)
		if ((busy < QUIET_BELOW)) || (($(date +%s) >= deadline)); then echo "$busy"; return; fi
	done
}

