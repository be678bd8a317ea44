package org.opencity.childcare.webapp.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;

import org.opencity.childcare.webapp.config.ChildcareProperties;

/**
 * The FreeMarker set-up Magnolia templates expect: square-bracket tags, HTML
 * auto-escaping, and templates looked up first in the light-modules folder (edits show
 * without restart), then on the classpath (the module's jar and the host's own screens).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class TemplateEngineConfiguration {

    private static final Logger logger = LoggerFactory.getLogger(TemplateEngineConfiguration.class);

    /** How often a template is checked for changes: edits show within two seconds. */
    private static final long UPDATE_DELAY_MS = 2000;

    @Bean
    Configuration templateEngine(ChildcareProperties properties) throws IOException {
        Path lightModules = properties.lightModulesPath();
        Configuration engine = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(lightModules)) {
            loaders.add(new FileTemplateLoader(lightModules.toFile()));
            logger.info("Light modules read from '{}'", lightModules.toAbsolutePath().normalize());
        }
        else {
            logger.info("No light-modules folder at '{}': using the copy packaged in the host",
                    lightModules.toAbsolutePath().normalize());
        }
        loaders.add(new ClassTemplateLoader(TemplateEngineConfiguration.class.getClassLoader(), ""));
        engine.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        engine.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        engine.setOutputFormat(HTMLOutputFormat.INSTANCE);
        engine.setRecognizeStandardFileExtensions(false);
        engine.setDefaultEncoding("UTF-8");
        engine.setLocalizedLookup(false);
        engine.setTemplateUpdateDelayMilliseconds(UPDATE_DELAY_MS);
        engine.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        engine.setLogTemplateExceptions(false);
        engine.setWrapUncheckedExceptions(true);
        engine.setFallbackOnNullLoopVariable(false);
        return engine;
    }

}
