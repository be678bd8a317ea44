package org.opencity.childcare.webapp.fuzz;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One address and method the host answers, with the field names its handler reads: the
 * {@code @RequestParam} names and the properties of {@code @ModelAttribute} forms
 * (indexed for lists of rows). Routes are read from Spring's handler mapping, so a new
 * form is covered without a change here; forms handled by filters (the login forms) come
 * from the pages instead.
 */
record Route(String method, String pattern, @Nullable HandlerMethod handler, boolean multipart, Set<String> fields) {

    private static final PathPatternParser PARSER = new PathPatternParser();

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** The GET and POST routes of the application's controllers, sorted by address. */
    static List<Route> of(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    routes.add(new Route("GET", pattern, handler, false, fields(handler)));
                }
                if (methods.contains(RequestMethod.POST)) {
                    routes.add(new Route("POST", pattern, handler, isMultipart(handler), fields(handler)));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /** A form posted to a filter rather than a controller, known from a page. */
    static Route filterForm(String action, Set<String> fields) {
        return new Route("POST", action, null, false, new LinkedHashSet<>(fields));
    }

    boolean matches(String path) {
        return PARSER.parse(this.pattern).matches(PathContainer.parsePath(path));
    }

    List<String> variables() {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(this.pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    PathPattern parsed() {
        return PARSER.parse(this.pattern);
    }

    @Override
    public String toString() {
        return this.method + " " + this.pattern;
    }

    private static boolean isMultipart(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())
                    || MultipartFile.class.equals(elementType(parameter.getGenericParameterType()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> fields(HandlerMethod handler) {
        Set<String> fields = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (!Map.class.isAssignableFrom(parameter.getParameterType())) {
                    String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
                    if (name != null) {
                        fields.add(name);
                    }
                }
            }
            else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                properties("", parameter.getParameterType(), fields, 0);
            }
        }
        return fields;
    }

    private static void properties(String prefix, Class<?> type, Set<String> fields, int depth) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getReadMethod() == null || "class".equals(property.getName())) {
                continue;
            }
            Class<?> propertyType = property.getPropertyType();
            String name = prefix + property.getName();
            if (Collection.class.isAssignableFrom(propertyType)) {
                Class<?> element = elementType(property.getReadMethod().getGenericReturnType());
                if (element != null && !BeanUtils.isSimpleValueType(element) && depth < 2) {
                    properties(name + "[0].", element, fields, depth + 1);
                    properties(name + "[1].", element, fields, depth + 1);
                }
                else {
                    fields.add(name);
                }
            }
            else if (property.getWriteMethod() != null) {
                fields.add(name);
            }
        }
    }

    private static @Nullable Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

}
