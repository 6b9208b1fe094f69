/**
 * kit's speed tricks, kept apart from the maths: internal to kit, not for the modules. Everything here is
 * public only because kit's other packages call it; no module's code should, and no lesson needs to read
 * it to follow an op.
 *
 * <p>The op files in {@code zerotohero.kit} state each op's result and local derivatives as plain loops
 * (the definitions, which the float64 gradient checks hold to finite differences). What makes them fast
 * lives here, behind names that say what each thing does:
 * <ul>
 *   <li>{@link zerotohero.kit.fast.JavaArray}: numbers in a Java array, where an op's loop reads and writes
 *       them (an op's output stays one until someone asks for an ND4J array), copied from and to ND4J
 *       arrays with one bulk copy;</li>
 *   <li>{@link zerotohero.kit.fast.BroadcastPlan}: where each input's numbers lie for each row of a
 *       broadcasting op's output, so that forward and backward are single loops;</li>
 *   <li>{@link zerotohero.kit.fast.MatrixProducts}: matrix products straight through OpenBLAS, the Java
 *       arrays passed through a scratch buffer of native memory;</li>
 *   <li>{@link zerotohero.kit.fast.Float32Kernels} and {@link zerotohero.kit.fast.Float32LayerNorm}: the
 *       float32 versions of the hottest loops, in float arithmetic the JIT compiler vectorises, and exp and
 *       tanh to float32's precision;</li>
 *   <li>{@link zerotohero.kit.fast.Gradient}: a tensor's gradient while backward adds into it, Java
 *       numbers unless a contribution arrives as an ND4J array.</li>
 * </ul>
 * A new fast path goes here, with a test that holds it to the plain loop it replaces
 * ({@code Float32PathsTest} does that for every float32 path).
 */
package zerotohero.kit.fast;
