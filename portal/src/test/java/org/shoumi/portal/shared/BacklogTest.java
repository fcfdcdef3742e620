package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class BacklogTest {

    @Test
    void itemsAreWorkedInTheOrderGivenAndOneAddedWhileWorkingIsNotLost() {
        List<String> done = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        Executor later = tasks::add;
        Backlog<String> backlog = new Backlog<>(done::add);
        backlog.add("a", later);
        backlog.add("b", later);
        assertEquals(1, tasks.size(), "one task works the whole backlog");
        assertEquals(List.of(), done, "nothing is done by the caller");
        tasks.remove(0).run();
        assertEquals(List.of("a", "b"), done);
        backlog.add("c", later);
        tasks.remove(0).run();
        assertEquals(List.of("a", "b", "c"), done);
    }

    @Test
    void whenTheExecutorRefusesTheCallerDoesTheWork() {
        List<String> done = new ArrayList<>();
        Backlog<String> backlog = new Backlog<>(done::add);
        backlog.add("a", task -> {
            throw new RejectedExecutionException("stopping");
        });
        assertEquals(List.of("a"), done);
        List<Runnable> tasks = new ArrayList<>();
        backlog.add("b", tasks::add);
        assertEquals(1, tasks.size(), "the next one goes to the executor again");
    }
}
