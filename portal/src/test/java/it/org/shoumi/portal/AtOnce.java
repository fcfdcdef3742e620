package it.org.shoumi.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import javax.naming.InitialContext;

/**
 * The same work started several times at the same moment inside the server (a double click, a form posted from two
 * tabs), each on a thread of the container's executor so that each runs in a transaction of its own.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** What each run answered (the work's own word for success, or a refusal's reason), sorted. */
    public static List<String> outcomes(int times, Callable<String> work) throws Exception {
        List<String> outcomes = new ArrayList<>(results(times, work));
        Collections.sort(outcomes);
        return outcomes;
    }

    /** What each run returned, in the order they were started. */
    public static <T> List<T> results(int times, Callable<T> work) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(executor.submit(() -> {
                go.await();
                return work.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> run : runs) {
            results.add(run.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
