package org.jiceng.platform.shared.api;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jiceng.platform.shared.config.PlatformConfig;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A change that lost to a concurrent one — a serialisation failure (40001) or a deadlock (40P01) — is run again by
 * the platform, up to {@value #ATTEMPTS} times in all, before the caller sees it. Each attempt is a whole request in a
 * transaction of its own (the failed one rolled back with its idempotency claim), so running it again is safe; the
 * body is kept to be read again, and the answer is held back until it is final. A request whose last attempt still
 * loses gets the 409 with {@code Retry-After}. Reads are passed through untouched.
 */
@WebFilter(urlPatterns = {"/api/*", "/admin/*"})
public class ConcurrentChangeRetry implements Filter {
    static final String SLUG = "concurrent-change";
    static final int ATTEMPTS = 3;
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final byte[] MARK = ("/problems/" + SLUG + "\"").getBytes(StandardCharsets.UTF_8);

    @Inject
    PlatformConfig config;

    /** Bodies up to this size are kept for another attempt; larger ones are refused further on anyway. */
    int limit() {
        return config == null ? 1 << 20 : config.maxBodyBytes();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long length = request.getContentLengthLong();
        if (!CHANGES.contains(request.getMethod()) || length > limit()) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit() + 1);
        if (body.length > limit()) {
            chain.doFilter(new Replayed(request, body, request.getInputStream()), res);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            Held held = new Held(response);
            chain.doFilter(new Replayed(request, body, null), held);
            boolean lost = held.getStatus() == 409 && held.lostToAConcurrentChange();
            if (lost && attempt < ATTEMPTS) {
                response.reset();
                pause(attempt);
                continue;
            }
            if (lost) {
                response.setHeader("Retry-After", "1");
            }
            held.release();
            return;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request with its body readable again (a prefix kept, the rest still to come for oversized bodies). */
    static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;
        private final java.io.InputStream rest;

        Replayed(HttpServletRequest request, byte[] body, java.io.InputStream rest) {
            super(request);
            this.body = body;
            this.rest = rest;
        }

        @Override
        public ServletInputStream getInputStream() {
            java.io.InputStream in = rest == null ? new ByteArrayInputStream(body)
                    : new java.io.SequenceInputStream(new ByteArrayInputStream(body), rest);
            return new ServletInputStream() {
                private boolean done;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    done = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    done = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return done;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the request body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding == null
                    ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }

    /** The answer held back until it is final: status and headers go to the response, the body waits here. */
    static final class Held extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("the answer is written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding == null
                        ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)), true);
            }
            return writer;
        }

        /** Nothing reaches the client before the answer is final. */
        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }

        boolean lostToAConcurrentChange() {
            flushBuffer();
            byte[] b = body.toByteArray();
            outer:
            for (int i = 0; i + MARK.length <= b.length; i++) {
                for (int j = 0; j < MARK.length; j++) {
                    if (b[i + j] != MARK[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        void release() throws IOException {
            flushBuffer();
            if (body.size() > 0) {
                ServletOutputStream out = ((HttpServletResponse) getResponse()).getOutputStream();
                body.writeTo(out);
                out.flush();
            }
        }
    }
}
