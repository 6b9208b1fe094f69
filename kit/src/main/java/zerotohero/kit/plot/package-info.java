/**
 * Figures for the course, written as SVG or PNG files without a display: line charts, histograms, heat
 * maps and scatter charts, each built with a few chained calls starting at {@link zerotohero.kit.plot.Chart}.
 */
package zerotohero.kit.plot;
