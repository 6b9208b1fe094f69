#!/usr/bin/env bash
# The course's full runs, timed step by step beside the same loops in PyTorch, on this machine, in one run:
# each module's own training loop (the reference solution's `Train timing`, progress bar included) and
# kit/bench/full_runs.py, interleaved round by round, then the medians and their ratio.
#
#   kit/bench/full_runs.sh [rounds] [modules...]     (defaults: 3 rounds; 05 06 07 08 09)
#
# Steps per timing, the same on both sides: 5,000 after 20,000 warm-up steps for 05 and 06, 3,000 and 2,000
# after 8,000 for 07 and 08, 20 after 120 for 09 (by then the JVM's time per step has stopped falling: its JIT
# compiler and heap have settled, as they have for most of a full run). One BLAS thread on both sides. The
# header names the processor and the OpenBLAS settings in the environment (OPENBLAS_CORETYPE and
# OPENBLAS_L2_SIZE change the kernels of ND4J's bundled OpenBLAS as well as PyTorch's); set
# FULL_RUNS_UNSET_OPENBLAS=1 to time the same with both unset, which leaves the choice of kernels to
# kit/openblas-env.sh, as ./course does. Needs PyTorch (see compare.sh); PYTHON picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
shift || true
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(05 06 07 08 09)
python=${PYTHON:-python3}
if [ "${FULL_RUNS_UNSET_OPENBLAS:-0}" = 1 ]; then
  unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
fi
source kit/openblas-env.sh # both sides: OpenBLAS's kernels as ./course picks them
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

declare -A project=([05]=05-mlp [06]=06-batchnorm [07]=07-backprop [08]=08-wavenet [09]=09-gpt)
declare -A main=([05]=zerotohero.mlp.Train [06]=zerotohero.batchnorm.Train [07]=zerotohero.backprop.Train
  [08]=zerotohero.wavenet.Experiments [09]=zerotohero.gpt.Train)
declare -A steps=([05]=5000 [06]=5000 [07]=3000 [08]=2000 [09]=20)
declare -A warmup=([05]=20000 [06]=20000 [07]=8000 [08]=8000 [09]=120)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo "# ${cpu:-unknown CPU}, $(nproc --all) cores; one BLAS thread; OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}" \
  "OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE:-unset}; $("$python" -c 'import torch; print("PyTorch", torch.__version__)')"

for m in "${modules[@]}"; do
  [ -n "${project[$m]:-}" ] || { echo "unknown module $m; use 05 06 07 08 09" >&2; exit 2; }
  ./mvnw -q -B -Psolutions -pl "solutions/${project[$m]}" -am compile dependency:build-classpath \
    -Dmdep.outputFile=target/course-run.classpath -Dcoverage.skip=true >/dev/null
done

declare -A times
for ((r = 1; r <= rounds; r++)); do
  for m in "${modules[@]}"; do
    dir="solutions/${project[$m]}"
    classpath="$dir/target/classes:$(cat "$dir/target/course-run.classpath")"
    java_line=$(java -XX:+UseParallelGC -Dkit.threads=1 -cp "$classpath" "${main[$m]}" timing --steps "${steps[$m]}" \
      2>/dev/null | tr '\r' '\n' | grep 'ms per step' | tail -1)
    java_warmup=$(grep -o 'after [0-9,]* warm-up' <<<"$java_line" | cut -d' ' -f2 | tr -d ,)
    if [ "$java_warmup" != "${warmup[$m]}" ]; then # the module's count rules (its TIMING_WARMUP; 09's BABY_TIMING_WARMUP)
      echo "${project[$m]}'s timing warmed up for ${java_warmup:-?} steps but this script gives PyTorch" \
        "${warmup[$m]}: make the warmup table above match the module" >&2
      exit 1
    fi
    torch_line=$("$python" kit/bench/full_runs.py "$m" "${steps[$m]}" "${warmup[$m]}" | grep 'ms per step')
    java_ms=$(grep -o '[0-9.,]* ms per step' <<<"$java_line" | head -1 | cut -d' ' -f1 | tr -d ,)
    torch_ms=$(grep -o '[0-9.,]* ms per step' <<<"$torch_line" | head -1 | cut -d' ' -f1 | tr -d ,)
    peak=$(grep -o 'peak [0-9,]* MB' <<<"$java_line" | tr -d , | cut -d' ' -f2 || true)
    echo "round $r ${project[$m]}: module $java_ms ms, PyTorch $torch_ms ms, module peak ${peak:-?} MB"
    times[$m.java]+="$java_ms "
    times[$m.torch]+="$torch_ms "
    times[$m.peak]="${peak:-?}"
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo
echo "| full run | module ms/step | PyTorch ms/step | module / PyTorch | module peak MB |"
echo "|---|--:|--:|--:|--:|"
for m in "${modules[@]}"; do
  j=$(echo "${times[$m.java]}" | median)
  t=$(echo "${times[$m.torch]}" | median)
  printf '| %s | %.3f | %.3f | %.2f | %s |\n' "${project[$m]}" "$j" "$t" "$(awk -v a="$j" -v b="$t" 'BEGIN { print a / b }')" \
    "${times[$m.peak]}"
done
echo "(medians of $rounds rounds)"
