package io.newswire.enrich.tagger;

import io.newswire.enrich.tagger.entities.ActorMatcher;
import io.newswire.enrich.tagger.entities.CountryMatcher;
import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.entities.RoleResolver;
import io.newswire.enrich.tagger.events.EventCodes;
import io.newswire.enrich.tagger.events.EventExtractor;
import io.newswire.enrich.tagger.kb.Country;
import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Language;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.LanguageDetector;
import io.newswire.enrich.tagger.text.SentenceSplitter;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.schemas.ActorTag;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;
import io.newswire.schemas.Mention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a dispatch with the actors, countries and diplomatic events it reports. Thread-safe and free of I/O once
 * loaded: every dispatch is read against the same immutable knowledge base.
 */
public final class Tagger {

    private static final String TAGGER_VERSION = "1.0.0";

    private static volatile Tagger defaultTagger;

    private final KnowledgeBase kb;
    private final LanguageDetector languages;
    private final SentenceSplitter splitter;
    private final ActorMatcher actorMatcher;
    private final CountryMatcher countryMatcher;
    private final RoleResolver roleResolver;
    private final EventExtractor eventExtractor;

    private Tagger(KnowledgeBase kb) {
        this.kb = kb;
        this.languages = new LanguageDetector(kb.languages().stream().map(Language::code).toList(), kb.functionWords(), kb.eventWords());
        this.splitter = new SentenceSplitter(kb.abbreviations());
        this.actorMatcher = new ActorMatcher(kb);
        this.countryMatcher = new CountryMatcher(kb);
        this.roleResolver = new RoleResolver(kb);
        this.eventExtractor = new EventExtractor(kb, EventCodes.load(kb.source()));
    }

    /** The tagger over the knowledge base on the classpath, loaded once per JVM. */
    public static Tagger loadDefault() {
        Tagger t = defaultTagger;
        if (t == null) {
            synchronized (Tagger.class) {
                t = defaultTagger;
                if (t == null) defaultTagger = t = new Tagger(KnowledgeBase.load());
            }
        }
        return t;
    }

    /** A tagger over the knowledge files of {@code source}: the classpath's, with a language or corrections laid over them. */
    public static Tagger load(KbSource source) {
        return new Tagger(KnowledgeBase.load(source));
    }

    /** Tagger and knowledge-base version, e.g. "1.0.0+kb.1a2b3c4d". */
    public static String version() {
        return TAGGER_VERSION + "+kb." + loadDefault().kb.version();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public EnrichedDispatch tag(Dispatch dispatch) {
        String body = dispatch.getBody() == null ? "" : dispatch.getBody();
        Instant published = dispatch.getPublished();
        Instant reference = published != null ? published : dispatch.getReceived();
        LocalDate referenceDate = reference == null ? LocalDate.now(ZoneOffset.UTC) : reference.atZone(ZoneOffset.UTC).toLocalDate();
        LanguageDetector.Detected language = languages.detect(dispatch.getHeadline(), body, dispatch.getLanguage());
        Lexicon lexicon = kb.lexicon(language.language());

        List<Token> tokens = kb.tokenizer().tokenize(body);
        AnalyzedText text = new AnalyzedText(body, tokens, splitter.split(body, tokens), lexicon, referenceDate);
        List<Ref> actorRefs = actorMatcher.find(text);
        boolean[] taken = new boolean[tokens.size()];
        for (Ref r : actorRefs) for (int t = r.from(); t < r.to(); t++) taken[t] = true;
        List<Ref> countryRefs = countryMatcher.find(text, taken);
        List<Ref> refs = new ArrayList<>(actorRefs);
        refs.addAll(roleResolver.find(text, countryRefs, actorRefs));
        refs.addAll(countryRefs);
        refs.sort(Comparator.comparingInt(Ref::from));

        List<Event> events = lexicon == null ? List.of() : eventExtractor.extract(text, refs);
        return EnrichedDispatch.newBuilder()
                .setDispatch(DispatchRef.newBuilder()
                        .setId(dispatch.getId()).setVersion(dispatch.getVersion()).setSource(dispatch.getSource())
                        .setHeadline(dispatch.getHeadline()).setPublished(published).setUrl(dispatch.getUrl()).build())
                .setLanguage(language.language())
                .setLanguageConfidence(language.confidence())
                .setEventsSupported(lexicon != null)
                .setReferenceDate(referenceDate)
                .setActors(actorTags(text, refs))
                .setCountries(countryTags(text, refs))
                .setEvents(events)
                .setEnrichedAt(Instant.now())
                .setTaggerVersion(TAGGER_VERSION + "+kb." + kb.version())
                .build();
    }

    private List<ActorTag> actorTags(AnalyzedText text, List<Ref> refs) {
        Map<String, ActorTag> tags = new LinkedHashMap<>();
        for (Ref r : refs) {
            if (r.actor() == null) continue;
            ActorTag tag = tags.get(r.actor().id());
            if (tag == null) {      // all-fields constructors: a builder copies defaults and validates each field per record
                tag = new ActorTag(r.actor().id(), r.actor().name(), r.actor().country(), kb.roleOn(r.actor(), text.referenceDate()), new ArrayList<>());
                tags.put(r.actor().id(), tag);
            }
            tag.getMentions().add(mention(text, r, r.via()));
        }
        return new ArrayList<>(tags.values());
    }

    private List<CountryTag> countryTags(AnalyzedText text, List<Ref> refs) {
        Map<String, CountryTag> tags = new LinkedHashMap<>();
        for (Ref r : refs) {
            if (r.country() == null) continue;
            String via = r.actor() == null ? r.via() : "actor";
            Country country = kb.country(r.country());
            CountryTag tag = tags.get(r.country());
            if (tag == null) {
                tag = new CountryTag(r.country(), country == null ? r.country() : country.name(), new ArrayList<>());
                tags.put(r.country(), tag);
            }
            tag.getMentions().add(mention(text, r, via));
        }
        return new ArrayList<>(tags.values());
    }

    private static Mention mention(AnalyzedText text, Ref r, String via) {
        int start = text.tokens().get(r.from()).start();
        int end = text.tokens().get(r.to() - 1).end();
        return new Mention(start, end, text.body().substring(start, end), via, r.sentence());
    }
}
