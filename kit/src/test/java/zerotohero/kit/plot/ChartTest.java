package zerotohero.kit.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartTest {

    @TempDir
    Path temp;

    /** Parses an SVG file as XML, checks its root is {@code <svg>}, and returns the text of its text elements. */
    static List<String> svgTexts(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // never reach out to the network for a DTD (there should be none)
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(Files.readString(file, StandardCharsets.UTF_8))));
        assertThat(document.getDoctype()).isNull();
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            result.add(texts.item(i).getTextContent());
        }
        return result;
    }

    static BufferedImage png(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG that ImageIO can decode").isNotNull();
        return image;
    }

    @Test
    void chartsAreDrawnHeadless() {
        Chart.line("x");
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void lineChartWithTwoSeriesAndALogAxis() throws Exception {
        double[] rates = IntStream.range(0, 100).mapToDouble(i -> Math.pow(10, -3 + 3 * i / 99.0)).toArray();
        double[] loss = IntStream.range(0, 100).mapToDouble(i -> 3 - Math.sin(i / 30.0)).toArray();
        double[] smooth = IntStream.range(0, 100).mapToDouble(i -> 2.8 - Math.sin(i / 30.0)).toArray();
        LineChart chart = Chart.line("learning-rate sweep").series("loss", rates, loss).series("smoothed", rates, smooth)
                .logX().xLabel("learning rate").yLabel("loss").size(640, 400);

        Path svg = chart.save(temp.resolve("figures/sweep.svg"));
        Path png = chart.save(temp.resolve("figures/sweep.png"));

        assertThat(svgTexts(svg)).contains("learning-rate sweep", "learning rate", "loss", "smoothed");
        BufferedImage image = png(png);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(chart.width()).isEqualTo(640);
        assertThat(chart.title()).isEqualTo("learning-rate sweep");
    }

    @Test
    void lineChartOfStepsAndALogYAxis() throws Exception {
        double[] loss = IntStream.range(1, 200).mapToDouble(i -> 3.0 / Math.sqrt(i)).toArray();
        Path svg = Chart.line("training loss").series("train", loss).logY().xLabel("step").save(temp.resolve("l.svg"));
        assertThat(svgTexts(svg)).contains("training loss", "step");
    }

    @Test
    void trainingCurveAveragesLog10LossOverWindowsOfARunsFourHundredth() throws Exception {
        double[] losses = IntStream.range(0, 1000).mapToDouble(i -> i % 2 == 0 ? 10 : 1000).toArray();
        double[][] points = Chart.log10WindowMeans(losses); // windows of 2: log10 10 and log10 1000 average to 2
        assertThat(points[0]).hasSize(500).startsWith(1.0, 3.0, 5.0);
        assertThat(points[1]).containsOnly(2.0);
        assertThat(Chart.log10WindowMeans(new double[] {100, 1000, 10})).isDeepEqualTo(new double[][] {
                {0.5, 1.5, 2.5}, {2, 3, 1}});
        Path svg = Chart.trainingCurve(losses, "training curve (full)").save(temp.resolve("curve.svg"));
        assertThat(svgTexts(svg)).contains("training curve (full)", "log10 loss", "step");
    }

    @Test
    void histogramOfSeveralLayers() throws Exception {
        java.util.Random random = new java.util.Random(1);
        double[] layer1 = random.doubles(2000, -1, 1).toArray();
        double[] layer2 = random.doubles(2000, -0.5, 0.5).map(Math::tanh).toArray();
        Histogram histogram = Chart.histogram("activation distribution").values("layer 1 (Tanh)", layer1)
                .values("layer 2 (Tanh)", layer2).bins(40).xLabel("activation");

        Path svg = histogram.save(temp.resolve("h.svg"));
        Path png = histogram.save(temp.resolve("h.PNG"));

        assertThat(svgTexts(svg)).contains("activation distribution", "layer 1 (Tanh)", "layer 2 (Tanh)", "count");
        assertThat(png(png).getWidth()).isEqualTo(800);
    }

    @Test
    void bigramHeatMapWithLabelsAndCellText() throws Exception {
        String symbols = ".abcdefghijklmnopqrstuvwxyz";
        List<String> labels = symbols.chars().mapToObj(Character::toString).toList();
        int[][] counts = new int[27][27];
        for (int r = 0; r < 27; r++) {
            for (int c = 0; c < 27; c++) {
                counts[r][c] = (r * 31 + c * 17) % 500;
            }
        }
        counts[14][0] = 6763; // ('n', '.')
        HeatMap heatMap = Chart.heatMap("bigram counts").values(counts).rowLabels(labels).columnLabels(labels)
                .cellText((r, c) -> symbols.charAt(r) + "" + symbols.charAt(c) + "\n" + counts[r][c])
                .size(1000, 1000);

        Path svg = heatMap.save(temp.resolve("bigrams.svg"));
        Path png = heatMap.save(temp.resolve("bigrams.png"));

        List<String> texts = svgTexts(svg);
        assertThat(texts).contains("bigram counts", "n.", "6763", "ab", "zz", "q", ".");
        BufferedImage image = png(png);
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void heatMapWithValuesAndNumberedAxes() throws Exception {
        double[][] matrix = {{0.5, 1.25, 2}, {3, 4, 5}};
        Path svg = Chart.heatMap("weights").values(matrix).showValues().xLabel("column").yLabel("row")
                .save(temp.resolve("w.svg"));
        assertThat(svgTexts(svg)).contains("weights", "1.25", "0.50", "5", "column", "row");
        // a constant matrix still draws
        assertThat(Chart.heatMap("flat").values(new int[][] {{1, 1}, {1, 1}}).toImage().getWidth()).isEqualTo(800);
    }

    @Test
    void scatterWithALabelOnEveryPoint() throws Exception {
        String symbols = ".abcdefghijklmnopqrstuvwxyz";
        double[] xs = IntStream.range(0, 27).mapToDouble(i -> Math.cos(i)).toArray();
        double[] ys = IntStream.range(0, 27).mapToDouble(i -> Math.sin(2 * i)).toArray();
        List<String> letters = symbols.chars().mapToObj(Character::toString).toList();
        ScatterChart chart = Chart.scatter("embedding C").series("characters", xs, ys, letters);

        Path svg = chart.save(temp.resolve("embedding.svg"));
        assertThat(svgTexts(svg)).contains("embedding C", "a", "q", "z", ".");
        assertThat(png(chart.save(temp.resolve("embedding.png"))).getHeight()).isEqualTo(700);

        // small dots put their labels beside them; two series get a legend
        Path small = Chart.scatter("moons").series("0", new double[] {0, 1}, new double[] {1, 0})
                .series("1", new double[] {1, 2}, new double[] {0.5, -0.5}, List.of("p", "q")).pointSize(6)
                .save(temp.resolve("moons.svg"));
        assertThat(svgTexts(small)).contains("moons", "p", "q", "0", "1");
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertThatThrownBy(() -> Chart.line("t").series("a", new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("1 x values but 2 y values");
        assertThatThrownBy(() -> Chart.line("t").series("loss", new double[] {1, Double.NaN}))
                .hasMessageContaining("loss y[1] is NaN");
        assertThatThrownBy(() -> Chart.line("t").series("a", new double[] {0, 1}, new double[] {1, 2}).logX().toSvg())
                .hasMessageContaining("<= 0 at index 0");
        assertThatThrownBy(() -> Chart.line("t").series("a", new double[] {1}).series("a", new double[] {2}).toSvg())
                .hasMessageContaining("two series are named 'a'");
        assertThatThrownBy(() -> Chart.line("empty").toSvg()).hasMessageContaining("no series");
        assertThatThrownBy(() -> Chart.line("t").series("a", new double[] {1}).save(temp.resolve("x.jpg")))
                .hasMessageContaining(".svg").hasMessageContaining(".png");
        assertThatThrownBy(() -> Chart.line("t").size(10, 10)).hasMessageContaining("at least 50×50");

        assertThatThrownBy(() -> Chart.histogram("t").values("a", new double[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> Chart.histogram("t").values("a", new double[] {1}).values("a", new double[] {2}))
                .hasMessageContaining("two series");
        assertThatThrownBy(() -> Chart.histogram("t").bins(0)).hasMessageContaining("at least 1 bin");
        assertThatThrownBy(() -> Chart.histogram("t").toSvg()).hasMessageContaining("no values");

        assertThatThrownBy(() -> Chart.heatMap("t").values(new double[][] {{1, 2}, {3}}))
                .hasMessageContaining("rectangular");
        assertThatThrownBy(() -> Chart.heatMap("t").values(new double[0][])).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> Chart.heatMap("t").values(new int[][] {{1, 2}}).rowLabels(List.of("a", "b")).toSvg())
                .hasMessageContaining("2 row labels for 1 rows");
        assertThatThrownBy(() -> Chart.heatMap("t").toSvg()).hasMessageContaining("no values");

        assertThatThrownBy(() -> Chart.scatter("t").series("a", new double[] {1}, new double[] {1}, List.of()))
                .hasMessageContaining("1 points but 0 labels");
        assertThatThrownBy(() -> Chart.scatter("t").series("a", new double[] {1}, new double[] {1})
                .series("a", new double[] {1}, new double[] {1})).hasMessageContaining("two series");
        assertThatThrownBy(() -> Chart.scatter("t").series("a", new double[] {1}, new double[] {})).hasMessageContaining(
                "1 x values but 0 y values");
        assertThatThrownBy(() -> Chart.scatter("t").pointSize(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Chart.scatter("t").toSvg()).hasMessageContaining("no points");
    }
}
