package dev.judge.api.nativeapi;

import dev.judge.api.catalog.Languages;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The language catalogue: installed versions, default and maximum limits. */
@RestController
@RequestMapping("/api/v1")
class LanguagesController {

    private final Languages languages;

    LanguagesController(Languages languages) {
        this.languages = languages;
    }

    @GetMapping("/languages")
    List<Map<String, Object>> languages() {
        return languages.nativeCatalogue();
    }
}
