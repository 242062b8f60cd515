package com.discoverybrief.brief;

import com.lowagie.text.Image;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agency logos, read and decoded once per location. Each brief gets its own copy of the decoded image,
 * because OpenPDF images carry layout state (scale, position) that concurrent renders must not share.
 */
final class LogoImages {

    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";
    private static final System.Logger LOG = System.getLogger(LogoImages.class.getName());
    private static final Map<String, Optional<Image>> DECODED = new ConcurrentHashMap<>();
    private static final Map<String, Optional<byte[]>> FILES = new ConcurrentHashMap<>();

    private LogoImages() {
    }

    /** A fresh copy of the logo, or empty when it cannot be read (the brief is still worth sending). */
    static Optional<Image> copyOf(String location) {
        return DECODED.computeIfAbsent(location, LogoImages::decode).map(Image::getInstance);
    }

    /**
     * The logo file's bytes (PNG or JPEG) for the Word and web briefs, or empty when it cannot be read
     * or is not an image; read once per location.
     */
    static Optional<byte[]> bytesOf(String location) {
        return FILES.computeIfAbsent(location, where -> copyOf(where).flatMap(image -> {
            try {
                return Optional.of(read(where));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        })).map(byte[]::clone);
    }

    /** Whether {@code bytes} are a PNG (else JPEG, the only other kind a logo may be). */
    static boolean isPng(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static Optional<Image> decode(String location) {
        try {
            return Optional.of(Image.getInstance(read(location)));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Brief logo " + location + " unreadable; briefs go without it", e);
            return Optional.empty();
        }
    }

    private static byte[] read(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
            try (InputStream in = LogoImages.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("not on the classpath: " + resource);
                }
                return in.readAllBytes();
            }
        }
        String path = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
        return Files.readAllBytes(Path.of(path));
    }
}
