package org.shoumi.portal.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every Faces resource that carries no version of its own (the portal's {@code shoumi.css}, {@code quiz.js},
 * {@code menu.js}, and Faces' {@code faces.js}) a {@code v=} parameter made from a hash of its content, so that a
 * deploy that changes a file changes its address and browsers fetch it at once, while an unchanged file keeps
 * its address and stays in the browser's cache for the long time web.xml allows. PrimeFaces' own resources
 * already carry its version and are left alone.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private static final int HASH_CHARACTERS = 12;

    /** Library + name → the hash of the content, computed once per resource and deployment. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("?v=") || path.contains("&v=") || path.contains("&amp;v=")) {
                    return path;
                }
                String hash = hashes.computeIfAbsent(getLibraryName() + "/" + getResourceName(), k -> hashOf(getWrapped()));
                return hash == null ? path : path + (path.contains("?") ? "&" : "?") + "v=" + hash;
            }
        };
    }

    /** The first characters of the SHA-256 of the content; null when the content cannot be read (then no version). */
    static String hashOf(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return null;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_CHARACTERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
