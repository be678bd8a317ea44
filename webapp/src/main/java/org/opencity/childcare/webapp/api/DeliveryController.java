package org.opencity.childcare.webapp.api;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.opencity.childcare.jcr.NodeTypes;
import org.opencity.childcare.listing.AdConfiguration;
import org.opencity.childcare.listing.AdRepository;
import org.opencity.childcare.listing.CareType;
import org.opencity.childcare.listing.WeeklySchedule;
import org.opencity.childcare.listing.delivery.AdDelivery;
import org.opencity.childcare.listing.delivery.DeliveryPage;
import org.opencity.childcare.listing.search.AdSearchQuery;
import org.opencity.childcare.validation.FieldError;

/**
 * Serves the module's delivery endpoints at {@code /.rest/delivery/<name>} in Magnolia's
 * JSON shape: a node at {@code <name>/<id>} or at its path below the endpoint's root
 * ({@code <name>/2026/12/<node name>}), a query at {@code <name>} answering
 * {@code {"results": […]}}, with Magnolia's {@code limit}, {@code offset},
 * {@code orderBy} and property filters ({@code careType=SHARED}). The routes come from
 * the definitions the module ships ({@link DeliveryEndpointDefinition}); the host serves
 * those over the module's ads (workspace {@code childcare}, root {@code /ads}, node type
 * {@code childcare:ad}) and says so in the log for any other, which only Magnolia can
 * serve. Members only; ads come from {@link AdDelivery}, which applies the listings'
 * rules.
 */
@RestController
@ResponseBody
class DeliveryController implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(DeliveryController.class);

    /** The most nodes a query returns, as in the search page's largest page. */
    static final int MAX_LIMIT = 100;

    /**
     * Property filters, by their name in the node, and the search parameter each sets.
     */
    static final Map<String, String> FILTERS = filters();

    /** The orders the listings' index can give, in Magnolia's syntax. */
    static final Map<String, Boolean> ORDERS = Map.of("publishedAt desc", false, "publishedAt asc", true, "publishedAt",
            true);

    private static final Set<String> PAGING = Set.of("limit", "offset", "orderBy");

    private final RequestMappingHandlerMapping mapping;

    private final AdDelivery delivery;

    private final ApiCallers callers;

    private final Map<String, DeliveryEndpointDefinition> served = new LinkedHashMap<>();

    DeliveryController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            AdDelivery delivery, ApiCallers callers) {
        this.mapping = mapping;
        this.delivery = delivery;
        this.callers = callers;
    }

    /** The endpoints served, by name. */
    Map<String, DeliveryEndpointDefinition> served() {
        return Map.copyOf(this.served);
    }

    @Override
    public void afterPropertiesSet() {
        Method query = ReflectionUtils.findMethod(DeliveryController.class, "query", HttpServletRequest.class,
                Authentication.class);
        Method node = ReflectionUtils.findMethod(DeliveryController.class, "node", String.class,
                HttpServletRequest.class, Authentication.class);
        Method nodeAtPath = ReflectionUtils.findMethod(DeliveryController.class, "nodeAtPath", String.class,
                String.class, String.class, HttpServletRequest.class, Authentication.class);
        for (DeliveryEndpointDefinition definition : DeliveryEndpointDefinition.all()) {
            if (!"childcare".equals(definition.workspace()) || !AdRepository.ROOT.equals(definition.rootPath())
                    || !definition.nodeTypes().equals(List.of(NodeTypes.AD))) {
                logger.warn(
                        "Delivery endpoint '{}' is not served by the host: it only serves the ads "
                                + "(workspace 'childcare', root '/ads', node type '{}')",
                        definition.name(), NodeTypes.AD);
                continue;
            }
            String path = ApiPaths.DELIVERY + "/" + definition.name();
            this.served.put(definition.name(), definition);
            this.mapping.registerMapping(info(path), this, query);
            this.mapping.registerMapping(info(path + "/{id}"), this, node);
            this.mapping.registerMapping(info(path + "/{year}/{month}/{name}"), this, nodeAtPath);
            logger.info("Delivery endpoint '{}' served at '{}'", definition.name(), path);
        }
    }

    /** A query: {@code {"results": [...]}}. */
    Map<String, Object> query(HttpServletRequest request, Authentication authentication) {
        this.callers.member(authentication);
        DeliveryEndpointDefinition definition = definition(request);
        List<FieldError> errors = new ArrayList<>();
        int limit = number(request, "limit", definition.limit(), 1, MAX_LIMIT, errors);
        int offset = number(request, "offset", 0, 0, AdSearchQuery.MAX_PAGE, errors);
        String orderBy = request.getParameter("orderBy");
        Boolean oldestFirst = ORDERS
            .get((orderBy != null) ? orderBy.strip().replaceAll("\\s+", " ") : "publishedAt desc");
        if (oldestFirst == null) {
            errors.add(new FieldError("orderBy", "api.field.oneOf", List.of(String.join(", ", ORDERS.keySet()))));
        }
        AdSearchQuery filters = filters(request, errors);
        if (!errors.isEmpty()) {
            throw new ApiProblemException(ProblemKind.MALFORMED_REQUEST, "api.problem.delivery.parameters", errors);
        }
        DeliveryPage page = this.delivery.query(filters, offset, limit, Boolean.TRUE.equals(oldestFirst));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", page.results());
        return json;
    }

    /** One node, by its identifier. */
    Map<String, Object> node(@PathVariable String id, HttpServletRequest request, Authentication authentication) {
        this.callers.member(authentication);
        definition(request);
        return this.delivery.byId(id).orElseThrow(() -> new ApiProblemException(ProblemKind.NOT_FOUND));
    }

    /**
     * One node, by its path below the endpoint's root ({@code @path} without the root),
     * as Magnolia reads nodes: {@code /.rest/delivery/ads/2026/12/<name>}.
     */
    Map<String, Object> nodeAtPath(@PathVariable String year, @PathVariable String month, @PathVariable String name,
            HttpServletRequest request, Authentication authentication) {
        this.callers.member(authentication);
        DeliveryEndpointDefinition definition = definition(request);
        return this.delivery.byPath(definition.rootPath(), "/" + year + "/" + month + "/" + name)
            .orElseThrow(() -> new ApiProblemException(ProblemKind.NOT_FOUND));
    }

    private DeliveryEndpointDefinition definition(HttpServletRequest request) {
        String rest = request.getRequestURI()
            .substring(request.getContextPath().length() + ApiPaths.DELIVERY.length() + 1);
        int slash = rest.indexOf('/');
        DeliveryEndpointDefinition definition = this.served.get((slash < 0) ? rest : rest.substring(0, slash));
        if (definition == null) {
            throw new ApiProblemException(ProblemKind.NOT_FOUND);
        }
        return definition;
    }

    /**
     * The search the property filters describe, in the search page's terms; a value that
     * means nothing is an error here, where the page would ignore it, since a program
     * that sends it wants to know.
     */
    private static AdSearchQuery filters(HttpServletRequest request, List<FieldError> errors) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (PAGING.contains(name)) {
                return;
            }
            String parameter = FILTERS.get(name);
            if (parameter == null) {
                errors
                    .add(new FieldError(name, "api.field.unknownFilter", List.of(String.join(", ", FILTERS.keySet()))));
                return;
            }
            for (String value : values) {
                if (!valid(name, value.strip())) {
                    errors.add(new FieldError(name, "api.field.invalidValue", List.of(value)));
                }
            }
            parameters.computeIfAbsent(parameter, (p) -> new ArrayList<>()).addAll(List.of(values));
        });
        return AdSearchQuery.fromParameters(parameters);
    }

    private static boolean valid(String name, String value) {
        try {
            switch (name) {
                case "configuration" -> AdConfiguration.valueOf(value);
                case "careType" -> CareType.valueOf(value);
                case "slots" -> WeeklySchedule.parse(List.of(value));
                case "childAge" -> {
                    int age = Integer.parseInt(value);
                    return age >= 0 && age <= AdSearchQuery.MAX_CHILD_AGE;
                }
                case "startDate[lte]" -> LocalDate.parse(value);
                case "neighbourhood" -> {
                    return value.matches("[A-Za-z0-9_-]{1,40}");
                }
                default -> {
                    return value.length() <= AdSearchQuery.MAX_TEXT_LENGTH;
                }
            }
            return true;
        }
        catch (IllegalArgumentException | DateTimeParseException ex) {
            return false;
        }
    }

    private static int number(HttpServletRequest request, String name, int fallback, int min, int max,
            List<FieldError> errors) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        }
        catch (NumberFormatException ex) {
            // Reported below.
        }
        errors.add(new FieldError(name, "api.field.range", List.of(min, max)));
        return fallback;
    }

    private RequestMappingInfo info(String path) {
        return RequestMappingInfo.paths(path)
            .methods(RequestMethod.GET)
            .options(this.mapping.getBuilderConfiguration())
            .build();
    }

    private static Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("configuration", "configuration");
        filters.put("careType", "garde");
        filters.put("neighbourhood", "quartier");
        filters.put("slots", "creneau");
        filters.put("childAge", "age");
        filters.put("startDate[lte]", "debut");
        filters.put("q", "q");
        return Collections.unmodifiableMap(filters);
    }

}
