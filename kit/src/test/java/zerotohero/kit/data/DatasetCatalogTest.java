package zerotohero.kit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {

    @Test
    void theShippedCatalogListsTheThreeDatasetsWithTheirHashes() {
        DatasetCatalog catalog = DatasetCatalog.standard();

        DatasetEntry names = catalog.entry("names.txt");
        assertThat(names.url()).isEqualTo(URI.create("https://raw.githubusercontent.com/karpathy/makemore/master/names.txt"));
        assertThat(names.sha256()).isEqualTo("0a30b5557f192f32ab962680889aac5f6fda0f4cecf40a6d0b5694f58ea8cc4d");
        assertThat(names.bytes()).isEqualTo(228_145);
        assertThat(names.licence()).contains("MIT");

        DatasetEntry shakespeare = catalog.entry("tinyshakespeare.txt");
        assertThat(shakespeare.url()).hasToString(
                "https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/input.txt");
        assertThat(shakespeare.sha256()).isEqualTo("86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed");
        assertThat(shakespeare.bytes()).isEqualTo(1_115_394);

        DatasetEntry taylor = catalog.entry("taylorswift.txt");
        assertThat(taylor.url()).hasToString("https://raw.githubusercontent.com/karpathy/minbpe/master/tests/taylorswift.txt");
        assertThat(taylor.sha256()).isEqualTo("c2e39cb822d4ae0caac22152cefc306d466e31217a9c5524e493ad2b76792f57");
        assertThat(taylor.bytes()).isEqualTo(185_768);
    }

    @Test
    void malformedCatalogsNameTheProblem() {
        String sha = "a".repeat(64);
        assertThatThrownBy(() -> DatasetCatalog.parse("x.txt.size=3"))
                .hasMessageContaining("unknown key 'x.txt.size'");
        assertThatThrownBy(() -> DatasetCatalog.parse("x.txt.url=http://h/x\nx.txt.sha256=" + sha + "\nx.txt.bytes=3"))
                .hasMessageContaining("no x.txt.licence");
        assertThatThrownBy(() -> DatasetCatalog.parse(entry("x.txt", "http://h/x", "ABC", "3")))
                .hasMessageContaining("64 lowercase hex digits");
        assertThatThrownBy(() -> DatasetCatalog.parse(entry("x.txt", "http://h/x", sha, "three")))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> DatasetCatalog.parse(entry("x.txt", "http://h/x y", sha, "3")))
                .hasMessageContaining("not a valid URI");
        assertThatThrownBy(() -> DatasetCatalog.parse(entry("x.txt", "http://h/x", sha, "-1")))
                .hasMessageContaining("cannot be negative");
        DatasetEntry entry = new DatasetEntry("x.txt", URI.create("http://h/x"), sha, 3, "CC0");
        assertThatThrownBy(() -> DatasetCatalog.of(List.of(entry, entry))).hasMessageContaining("twice");
    }

    private static String entry(String file, String url, String sha, String bytes) {
        return file + ".url=" + url + "\n" + file + ".sha256=" + sha + "\n" + file + ".bytes=" + bytes + "\n"
                + file + ".licence=CC0\n";
    }
}
