# Sourced by ./course and kit/bench's scripts before they start a JVM: picks OpenBLAS's kernels where the
# OpenBLAS that ND4J bundles (0.3.19) would pick badly.
#
# OpenBLAS chooses its kernels for the processor it finds when it loads, and 0.3.19 predates AMD's Zen 5:
# on one (family 26, AVX-512) it fell back to generic kernels, 57 GFLOPS on a 768×512 by 512×512 sgemm,
# where its AVX-512 kernels (SkylakeX) reached 220 and its AVX2 ones (Haswell) 139. So if the processor has
# AVX-512 and OPENBLAS_CORETYPE is unset, this names the AVX-512 kernels. A value already set is left alone.
# Java cannot change its own environment, so kit cannot do this from inside the JVM; a JVM started some
# other way (./mvnw exec:exec, an IDE) gets OpenBLAS's own choice unless OPENBLAS_CORETYPE is set there.
if [ -z "${OPENBLAS_CORETYPE:-}" ] && [ -r /proc/cpuinfo ]; then
  openblas_flags=$(grep -m1 '^flags' /proc/cpuinfo || true)
  if [[ " $openblas_flags " == *" avx512f "* && " $openblas_flags " == *" avx512bw "* \
        && " $openblas_flags " == *" avx512vl "* && " $openblas_flags " == *" avx512dq "* ]]; then
    export OPENBLAS_CORETYPE=SkylakeX
  fi
  unset openblas_flags
fi
