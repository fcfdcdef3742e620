package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The view map of {@link PortableViewRoot} is part of the view's saved state and comes back from it, also after the
 * state has been serialized (as Liberty does when it writes the session to the cluster's cache); the map MyFaces
 * restores before it builds the view is not replaced by the later restore of the same state. (A view root itself
 * needs a running Faces; its map state is plain Java.)
 */
class PortableViewRootTest {

    private static final String SCOPE_KEY = "org.omnifaces.cdi.viewscope.ViewScopeStorageInSession";

    @Test
    void theViewMapComesBackFromTheSavedStateAfterSerialization() throws Exception {
        UUID scope = UUID.randomUUID();
        PortableViewRoot.ViewMapState onA = new PortableViewRoot.ViewMapState();
        assertSame("root", onA.save("root"), "a root without a view map saves only its own state");
        onA.create(null);
        onA.map().put("primefaces.nonce", "bm9uY2U=");
        onA.map().put(SCOPE_KEY, scope);
        Object state = serializedCopy(onA.save("root"));

        PortableViewRoot.ViewMapState onB = new PortableViewRoot.ViewMapState();
        assertNull(onB.map());
        onB.restoreEarly(state, null);
        assertEquals(Map.of("primefaces.nonce", "bm9uY2U=", SCOPE_KEY, scope), onB.map());
        onB.map().put("added.while.building", "kept");
        assertEquals("root", onB.restore(state, null), "the root's own state is handed on");
        assertEquals("kept", onB.map().get("added.while.building"),
                "the restore after the build keeps the map the build used");

        PortableViewRoot.ViewMapState again = new PortableViewRoot.ViewMapState();
        assertEquals("root", again.restore(state, null));
        assertEquals(scope, again.map().get(SCOPE_KEY), "a restore without the early one restores the map too");
        again.map().put("primefaces.nonce", "changed");
        assertEquals("bm9uY2U=", ((PortableViewRoot.SavedState) state).viewMap().get("primefaces.nonce"),
                "a restored view changes its own copy, not the saved state");
        assertEquals("plain", again.restore("plain", null), "a state without a view map is handed on as it is");
    }

    private static Object serializedCopy(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
