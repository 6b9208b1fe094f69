package zerotohero.tokenizer;

import java.util.Arrays;
import java.util.Set;

/** A first look: the same sentence under the three tokenizers of this module. */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        String text = args.length > 0 ? String.join(" ", args) : "hello123!!!? (안녕하세요!) 😉";
        String training = zerotohero.kit.data.Datasets.standard().text("taylorswift.txt");
        BasicTokenizer basic = new BasicTokenizer();
        basic.use(Tokenizer.Algorithm.FAST);
        basic.train(training, 512, false);
        RegexTokenizer regex = new RegexTokenizer();
        regex.use(Tokenizer.Algorithm.FAST);
        regex.train(training, 512, false);
        GPT4Tokenizer gpt4 = new GPT4Tokenizer();
        System.out.println(text);
        for (Tokenizer t : new Tokenizer[] {basic, regex, gpt4}) {
            int[] ids = t.encode(text, Set.of());
            System.out.printf("%-16s %3d tokens %s%n", t.getClass().getSimpleName(), ids.length, Arrays.toString(ids));
        }
    }
}
