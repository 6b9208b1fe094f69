/**
 * kit's speed tricks, kept apart from the maths: internal to kit, not for the modules. Everything here is
 * public only because kit's other packages call it; no module's code should, and no lesson needs to read
 * it to follow an op.
 *
 * <p>The op files in {@code zerotohero.kit} state each op's result and local derivatives as plain loops
 * (the definitions, which the float64 gradient checks hold to finite differences). What makes them fast
 * lives here, behind names that say what each thing does:
 * <ul>
 *   <li>{@link zerotohero.kit.fast.JavaArray}: an ND4J array's numbers copied into a Java array with one bulk
 *       copy, so that a loop touches Java memory instead of making a native call per number;</li>
 *   <li>{@link zerotohero.kit.fast.BroadcastPlan}: where each input's numbers lie for each row of a
 *       broadcasting op's output, so that forward and backward are single loops;</li>
 *   <li>{@link zerotohero.kit.fast.MatrixProducts}: matrix products straight through OpenBLAS;</li>
 *   <li>{@link zerotohero.kit.fast.Float32Kernels} and {@link zerotohero.kit.fast.Float32LayerNorm}: the
 *       float32 versions of the hottest loops, in float arithmetic the JIT compiler vectorises, and exp and
 *       tanh to float32's precision;</li>
 *   <li>{@link zerotohero.kit.fast.Gradient}: a tensor's gradient while backward adds into it, kept in
 *       whichever form the contributions arrive in (Java numbers for loops, an ND4J array for BLAS).</li>
 * </ul>
 * A new fast path goes here, with a test that holds it to the plain loop it replaces
 * ({@code Float32PathsTest} does that for every float32 path).
 */
package zerotohero.kit.fast;
