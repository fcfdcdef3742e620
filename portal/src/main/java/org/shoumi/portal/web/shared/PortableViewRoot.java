package org.shoumi.portal.web.shared;

import jakarta.faces.FacesWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PostConstructViewMapEvent;
import jakarta.faces.event.PreDestroyViewMapEvent;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The view root of every page (faces-config {@code jakarta.faces.ViewRoot}): its view map travels in the view's
 * own state instead of MyFaces' CDI session bean, so that another cluster node can read it.
 *
 * <p>MyFaces keeps the view map ({@link UIViewRoot#getViewMap()}) in a session-scoped CDI bean and wraps every
 * entry that is not a bean in an {@code org.apache.myfaces.cdi.NonContextualKey}. Open Liberty does not expose that
 * package to session deserialization, so a node that takes over a session cannot read the bean: the view map of
 * every open page is lost there. The map holds what a postback needs: PrimeFaces' CSP nonce (without it every
 * postback of the page is refused) and OmniFaces' view scope id (without it the page's {@code @ViewScoped} beans
 * are gone). Here the map is a plain serializable map saved with the rest of the view's state, which MyFaces keeps
 * in the session in a class Liberty does expose; it is restored before the view is built, as MyFaces restores its
 * own. This is the view map of JSF 2.0, before MyFaces moved it into CDI.
 *
 * <p>The portal's view-scoped beans are OmniFaces' ({@code org.omnifaces.cdi.ViewScoped}), which keep only their
 * id in this map; Faces' own {@code jakarta.faces.view.ViewScoped} requires MyFaces' map and must not be used
 * (ArchitectureTest).
 */
public class PortableViewRoot extends UIViewRoot {

    private final ViewMapState viewMap = new ViewMapState();

    @Override
    public Map<String, Object> getViewMap() {
        return getViewMap(true);
    }

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        if (viewMap.map() == null && create) {
            viewMap.create(this);
            FacesContext context = getFacesContext();
            if (context != null) {
                context.getApplication().publishEvent(context, PostConstructViewMapEvent.class, UIViewRoot.class, this);
            }
        }
        return viewMap.map();
    }

    @Override
    public Object saveState(FacesContext context) {
        return viewMap.save(super.saveState(context));
    }

    @Override
    public void restoreState(FacesContext context, Object state) {
        super.restoreState(context, viewMap.restore(state, this));
    }

    /**
     * MyFaces calls this (its own method, not in the Faces API, hence no {@code @Override}) with the root's saved
     * state before it builds a restored view, so that the build already sees the view's beans. MyFaces' own view
     * map of this root is never created, so there is nothing of MyFaces' to restore here.
     */
    public void restoreViewScopeState(FacesContext context, Object state) {
        viewMap.restoreEarly(state, this);
    }

    /**
     * The view map and its part in the root's saved state (plain Java, so that it can be tested without Faces):
     * the state of a root with a view map is a {@link SavedState} with a copy of the map, each saved state its own.
     */
    static final class ViewMapState {
        private ViewMap map;
        /** restoreEarly ran for this request: restore must not replace the map the view was built with. */
        private boolean restoredEarly;

        ViewMap map() {
            return map;
        }

        void create(UIViewRoot root) {
            map = new ViewMap(root);
        }

        Object save(Object rootState) {
            return map == null || map.isEmpty() ? rootState : new SavedState(rootState, new HashMap<>(map));
        }

        void restoreEarly(Object state, UIViewRoot root) {
            if (state instanceof SavedState saved) {
                map = copy(saved, root);
                restoredEarly = true;
            }
        }

        /** Restores the map (unless restored early) and returns the root's own part of the state. */
        Object restore(Object state, UIViewRoot root) {
            boolean early = restoredEarly;
            restoredEarly = false;
            if (state instanceof SavedState saved) {
                if (!early) {
                    map = copy(saved, root);
                }
                return saved.root();
            }
            return state;
        }

        private static ViewMap copy(SavedState saved, UIViewRoot root) {
            ViewMap copy = new ViewMap(root);
            copy.putAll(saved.viewMap());
            return copy;
        }
    }

    /** The saved state of the root, with a copy of its view map. */
    record SavedState(Object root, HashMap<String, Object> viewMap) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A view map as the Faces API describes it: {@code clear()} first tells the listeners that the scope ends.
     *
     * <p>It is a {@link FacesWrapper} of nothing because MyFaces 4.0 (StateCacheServerSide.saveSerializedViewInSession)
     * looks for its own view map by unwrapping the view map until it finds one, and loops for ever on a map that is
     * neither MyFaces' nor a wrapper; a wrapper of {@code null} ends that search.
     */
    static final class ViewMap extends HashMap<String, Object> implements FacesWrapper<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient UIViewRoot root;

        ViewMap(UIViewRoot root) {
            this.root = root;
        }

        /** Nothing: this map is the view map itself (see above). */
        @Override
        public Map<String, Object> getWrapped() {
            return null;
        }

        @Override
        public void clear() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && root != null && !isEmpty()) {
                context.getApplication().publishEvent(context, PreDestroyViewMapEvent.class, UIViewRoot.class, root);
            }
            super.clear();
        }
    }
}
