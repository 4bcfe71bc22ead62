package io.newswire.enrich.tagger;

import io.newswire.enrich.tagger.entities.ActorTags;
import io.newswire.enrich.tagger.entities.EntityReader;
import io.newswire.enrich.tagger.entities.Ref;
import io.newswire.enrich.tagger.events.EventCodes;
import io.newswire.enrich.tagger.events.EventExtractor;
import io.newswire.enrich.tagger.kb.ActorDirectory;
import io.newswire.enrich.tagger.kb.ActorOverlay;
import io.newswire.enrich.tagger.kb.Country;
import io.newswire.enrich.tagger.kb.KbSource;
import io.newswire.enrich.tagger.kb.KnowledgeBase;
import io.newswire.enrich.tagger.kb.Language;
import io.newswire.enrich.tagger.kb.Lexicon;
import io.newswire.enrich.tagger.text.AnalyzedText;
import io.newswire.enrich.tagger.text.LanguageDetector;
import io.newswire.enrich.tagger.text.SentenceSplitter;
import io.newswire.enrich.tagger.text.Token;
import io.newswire.schemas.CountryTag;
import io.newswire.schemas.Dispatch;
import io.newswire.schemas.DispatchRef;
import io.newswire.schemas.EnrichedDispatch;
import io.newswire.schemas.Event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tags a dispatch with the actors, countries and diplomatic events it reports. Thread-safe and free of I/O once
 * loaded: every dispatch is read against the same immutable knowledge base, with the overlay of people added while
 * running ({@link #withOverlay}) as it stands when the dispatch is read.
 */
public final class Tagger {

    private static final String TAGGER_VERSION = "1.0.0";

    private static volatile Tagger defaultTagger;

    private final KnowledgeBase kb;
    private final LanguageDetector languages;
    private final SentenceSplitter splitter;
    private final EntityReader entities;
    private final EventExtractor eventExtractor;
    private final Supplier<ActorOverlay> overlay;

    private Tagger(KnowledgeBase kb) {
        this.kb = kb;
        this.languages = new LanguageDetector(kb.languages().stream().map(Language::code).toList(), kb.functionWords(), kb.eventWords(), kb.nameParticles());
        this.splitter = new SentenceSplitter(kb.abbreviations());
        this.entities = new EntityReader(kb);
        this.eventExtractor = new EventExtractor(kb, EventCodes.load(kb.source()));
        this.overlay = () -> ActorOverlay.EMPTY;
    }

    private Tagger(Tagger base, Supplier<ActorOverlay> overlay) {
        this.kb = base.kb;
        this.languages = base.languages;
        this.splitter = base.splitter;
        this.entities = base.entities;
        this.eventExtractor = base.eventExtractor;
        this.overlay = overlay;
    }

    /** This tagger reading each dispatch against the overlay the supplier gives at that moment (the kb-actors topic's people). */
    public Tagger withOverlay(Supplier<ActorOverlay> overlay) {
        return new Tagger(this, overlay);
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

        ActorDirectory people = ActorDirectory.of(kb, overlay.get());      // before tokenising: the overlay's new names are known terms
        List<Token> tokens = kb.tokenizer().tokenize(body);
        AnalyzedText text = new AnalyzedText(body, tokens, splitter.split(body, tokens), lexicon, referenceDate);
        EntityReader.Entities found = entities.read(text, people);
        List<Ref> refs = found.refs();

        List<Event> events = lexicon == null ? List.of() : eventExtractor.extract(text, found.speakingForStates(people, referenceDate));
        return EnrichedDispatch.newBuilder()
                .setDispatch(DispatchRef.newBuilder()
                        .setId(dispatch.getId()).setVersion(dispatch.getVersion()).setSource(dispatch.getSource())
                        .setHeadline(dispatch.getHeadline()).setPublished(published).setUrl(dispatch.getUrl()).build())
                .setLanguage(language.language())
                .setLanguageConfidence(language.confidence())
                .setEventsSupported(lexicon != null)
                .setReferenceDate(referenceDate)
                .setActors(ActorTags.of(text, found, people))
                .setCountries(countryTags(text, refs))
                .setEvents(events)
                .setEnrichedAt(Instant.now())
                .setTaggerVersion(TAGGER_VERSION + "+kb." + kb.version())
                .build();
    }

    private List<CountryTag> countryTags(AnalyzedText text, List<Ref> refs) {
        Map<String, CountryTag> tags = new LinkedHashMap<>();
        for (Ref r : refs) {
            if (r.country() == null) continue;
            Country country = kb.country(r.country());
            if (country == null) continue;     // an official of the EU, UN, NATO ('-'), named on a date of no listed office: no country
            String via = r.actor() == null ? r.via() : "actor";
            CountryTag tag = tags.get(r.country());
            if (tag == null) {
                tag = new CountryTag(r.country(), country.name(), new ArrayList<>());
                tags.put(r.country(), tag);
            }
            tag.getMentions().add(ActorTags.mention(text, r, via));
        }
        return new ArrayList<>(tags.values());
    }

}
