package dev.judge.api.web;

import dev.judge.api.ApiProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What both APIs share at the HTTP edge: the optional {@code X-Auth-Token} check, and who the
 * client is behind trusted proxies.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<AuthTokenFilter> authTokenFilter(ApiProperties props) {
        FilterRegistrationBean<AuthTokenFilter> registration = new FilterRegistrationBean<>(new AuthTokenFilter(props.authTokens()));
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    ClientAddress clientAddress(ApiProperties props) {
        return new ClientAddress(props.trustedProxies(), props.forwardedHeader());
    }
}
