package org.opencity.childcare.webapp.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running application answers, read from the framework's handler mappings
 * (controllers, actuator endpoints, static resources), so that a route added tomorrow is
 * listed without anyone remembering it.
 */
final class Routes {

    private Routes() {
    }

    /** A path pattern with one HTTP method, and where it was found. */
    record Route(String method, String pattern, String handler) {

        @Override
        public String toString() {
            return this.method + " " + this.pattern;
        }

    }

    /**
     * The routes of every handler mapping, sorted by pattern then method. A mapping of a
     * kind this method does not know how to read is an error, not an empty list.
     */
    static List<Route> of(ApplicationContext context) {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        context.getBeansOfType(HandlerMapping.class).forEach((name, mapping) -> {
            if (mapping instanceof RequestMappingInfoHandlerMapping methods) {
                methods.getHandlerMethods().forEach((info, handler) -> {
                    for (String pattern : info.getPatternValues()) {
                        for (String method : methods(info)) {
                            routes.add(new Route(method, pattern,
                                    handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName()));
                        }
                    }
                });
            }
            else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                urls.getHandlerMap().keySet().forEach((pattern) -> routes.add(new Route("GET", pattern, name)));
                if (urls.getRootHandler() != null) {
                    routes.add(new Route("GET", "/", name));
                }
            }
            else if (mapping instanceof RouterFunctionMapping functions) {
                if (functions.getRouterFunction() != null) {
                    throw new AssertionError("Functional routes in '" + name + "': teach Routes to list them");
                }
            }
            else {
                throw new AssertionError("Handler mapping '" + name + "' (" + mapping.getClass().getName()
                        + ") is of a kind Routes cannot list: teach it to");
            }
        });
        return new ArrayList<>(routes);
    }

    /**
     * The methods a mapping answers; one declared without a method answers them all, and
     * is checked with a read and a write.
     */
    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return List.of("GET", "POST");
        }
        return declared.stream().map(RequestMethod::name).sorted().toList();
    }

}
