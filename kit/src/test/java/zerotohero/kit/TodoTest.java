package zerotohero.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TodoTest {

    @Test
    void namesTheExerciseAndTheWayOut() {
        Todo todo = new Todo("03.2");

        assertThat(todo.exercise()).isEqualTo("03.2");
        assertThat(todo).isInstanceOf(UnsupportedOperationException.class);
        assertThat(todo.getMessage())
                .contains("exercise 03.2 is not started")
                .contains("throw new Todo(\"03.2\")")
                .contains("./course hint 03.2");
    }
}
