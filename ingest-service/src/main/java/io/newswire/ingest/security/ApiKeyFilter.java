package io.newswire.ingest.security;

import io.newswire.ingest.IngestConfig;
import io.newswire.problem.Problem;
import io.quarkus.runtime.Startup;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With API keys configured, a request reaches an ingest resource only with one of them, as
 * {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}; otherwise it is answered 401. Request filters run
 * before the resource reads its body, so a refused body is never parsed. Health and metrics are Vert.x routes, not
 * resources: this filter never sees them and they stay open.
 */
@Startup // a misconfigured key fails start-up, not the first request after a ready probe said UP
public class ApiKeyFilter {

    private static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;

    public ApiKeyFilter(IngestConfig config) {
        this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        if (!keys.required() || keys.accepts(presentedKey(request))) {
            return null;
        }
        Problem refusal = Problem.of(401, "unauthorized", "Unauthorized",
                "a valid API key is required: send Authorization: Bearer <key> or " + API_KEY_HEADER + ": <key>");
        return Response.fromResponse(refusal.toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String presentedKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        String key = request.getHeaderString(API_KEY_HEADER);
        return key == null ? null : key.strip();
    }
}
