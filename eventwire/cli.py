"""The ``eventwire`` command: thin commands that parse options and call the library.

Results go to standard output, messages and progress to standard error (progress only on a
terminal). Every error eventwire raises on purpose, and every usage error, becomes one line
``eventwire: error: <input>: <problem>`` and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

# typer 0.29 carries its own copy of click; its exception classes are the ones raised.
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer.exceptions import Abort

from eventwire.cli_output import (
    OUTPUT_FORMATS,
    console_err,
    print_mentions,
    print_quotes,
    print_records,
    print_scores,
    print_stats,
    print_unresolved,
    print_cluster_scores,
    print_clusters,
    print_when_where_scores,
    progress,
)
from eventwire.errors import EventwireError, InputError, RecordError
from eventwire.records import Article
from eventwire.settings import Settings

app = typer.Typer(
    name="eventwire",
    help=(
        "Turn news articles into PLOVER/CAMEO political event records.\n\n"
        "Examples:\n\n"
        "  eventwire extract article.txt --published 2025-11-18\n\n"
        "  eventwire ingest samples --dates samples/published.tsv\n\n"
        "  eventwire events --actor RUS --format jsonl\n\n"
        "  eventwire actors article.txt --published 2025-11-18"
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

Paths = Annotated[list[str], typer.Argument(help="Files, folders or - for standard input.")]
Published = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none.")
]
Dates = Annotated[
    Path | None,
    typer.Option(help="CSV with columns file,published giving each input file's date."),
]
Format = Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")]
Db = Annotated[str | None, typer.Option(help="Database URL or SQLite file [env: EVENTWIRE_DB].")]
Since = Annotated[str | None, typer.Option(help="Only events whose dates reach this day or later.")]
Until = Annotated[str | None, typer.Option(help="Only events whose dates begin by this day.")]
ActorCode = Annotated[str | None, typer.Option(help="Actor country (RUS) or CAMEO code (RUSGOV).")]
RecipientCode = Annotated[str | None, typer.Option(help="Recipient country or CAMEO code.")]
Location = Annotated[str | None, typer.Option(help="Country of the event's place (ISO alpha-3, e.g. TUR).")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]
ModalityOpt = Annotated[str | None, typer.Option(help="asserted, future, hypothetical or negated.")]
Limit = Annotated[int | None, typer.Option(min=1, help="At most this many events.")]
ActorSector = Annotated[str | None, typer.Option(help="Sector of an actor: GOV, MIL, COP, REB, CVL, ...")]
RecipientSector = Annotated[str | None, typer.Option(help="Sector of a recipient.")]
ModeOpt = Annotated[str | None, typer.Option("--mode", help="PLOVER mode, e.g. expel.")]
Quad = Annotated[int | None, typer.Option(min=1, max=4, help="Quad class: 1 verbal, 2 material cooperation; 3 verbal, 4 material conflict.")]
Text = Annotated[str | None, typer.Option("--text", help="Only events whose evidence sentence contains this (any case).")]
PlaceName = Annotated[str | None, typer.Option("--place", help="Part of the name of the event's place (any case), e.g. Kharkiv.")]
Reviewed = Annotated[bool | None, typer.Option("--reviewed/--not-reviewed", help="Only events with (or without) a human review.", show_default=False)]
MinConfidence = Annotated[
    float | None,
    typer.Option(min=0.0, max=1.0, help="Only events whose calibrated confidence is at least this (0-1) "
                 "[env: EVENTWIRE_MIN_CONFIDENCE]."),
]
ClassifierOpt = Annotated[
    bool,
    typer.Option("--classifier", help="Also use the sentence classifier [env: EVENTWIRE_CLASSIFIER=1]."),
]


@app.command()
def extract(
    paths: Paths, published: Published = None, dates: Dates = None, format: Format = "table",
    min_confidence: MinConfidence = None, classifier: ClassifierOpt = False,
) -> None:  # fmt: skip
    """Code articles and print their events, without storing anything.

    Examples:

      eventwire extract article.txt --published 2025-11-18

      eventwire extract article.txt --min-confidence 0.7 --classifier

      eventwire extract feed.jsonl --format jsonl > events.jsonl

      cat story.txt | eventwire extract - --format csv
    """
    from eventwire.pipeline import Pipeline

    _check_format(format, OUTPUT_FORMATS)
    errors: list[RecordError] = []
    articles = list(_articles(paths, published, dates, errors))
    pipeline = Pipeline(Settings.from_env(classifier=classifier or None, min_confidence=min_confidence))
    records = []
    with progress(len(articles), "coding") as advance:
        for _, coded in pipeline.extract_many(articles):
            records.extend(coded)
            advance()
    print_records(records, format)
    _finish(errors)


@app.command()
def ingest(
    paths: Paths,
    db: Db = None,
    published: Published = None,
    dates: Dates = None,
    force: Annotated[bool, typer.Option(help="Re-code articles already stored unchanged.")] = False,
    classifier: ClassifierOpt = False,
    min_confidence: MinConfidence = None,
) -> None:
    """Code articles and store them with their events (re-running never duplicates).

    Each article is committed with its events in one transaction: an interrupted run leaves
    only complete articles, and the next run skips those already stored unchanged.

    Examples:

      eventwire ingest samples/ --dates samples/published.tsv

      eventwire ingest archive.jsonl --db postgresql://user@host/events
    """
    from eventwire.ingest import ingest_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    errors: list[RecordError] = []
    articles = list(_articles(paths, published, dates, errors))
    settings = Settings.from_env(db_url=db, classifier=classifier or None, min_confidence=min_confidence)
    with Store(settings.db_url) as store, progress(len(articles), "ingesting") as advance:
        summary = ingest_articles(articles, store, force=force, on_article=advance, pipeline=Pipeline(settings))
    console_err.print(
        f"{summary.stored} article(s) stored, {summary.skipped} unchanged skipped, "
        f"{summary.events} event(s) coded, {summary.duplicates} near-duplicate(s) linked",
        soft_wrap=True,  # one line, whatever the terminal's width
    )
    _finish(errors)


@app.command()
def batch(
    paths: Paths,
    scheduler: Annotated[str, typer.Option(help="local, local:N (N worker processes) or tcp://HOST:PORT.")],
    db: Db = None,
    out: Annotated[Path, typer.Option(help="Folder for the Parquet partitions (shared with the workers).")] = Path("eventwire-batch"),
    partition_size: Annotated[int, typer.Option(min=1, help="Articles per partition (one task each).")] = 200,
    no_store: Annotated[bool, typer.Option("--no-store", help="Write the Parquet partitions only.")] = False,
    published: Published = None,
    dates: Dates = None,
    classifier: ClassifierOpt = False,
    min_confidence: MinConfidence = None,
) -> None:  # fmt: skip
    """Code a large corpus on a Dask cluster into Parquet partitions, then store them.

    Partitions finished by an earlier run into the same --out are not coded again.

    Examples:

      eventwire batch archive.jsonl --scheduler local:2 --out batch-out

      eventwire batch news/ --scheduler tcp://10.0.0.5:8786 --db postgresql://user@host/events
    """
    from eventwire.batch import parse_scheduler, problem_lines, run_batch, summary_line
    from eventwire.store import Store

    parse_scheduler(scheduler)  # a bad --scheduler fails before anything is read or opened
    errors: list[RecordError] = []
    articles = list(_articles(paths, published, dates, errors))
    if not articles:
        raise InputError(" ".join(paths), "no articles to code")
    settings = Settings.from_env(db_url=db, classifier=classifier or None, min_confidence=min_confidence)
    work = -(-len(articles) // partition_size) + (0 if no_store else len(articles))  # partitions + stores
    with contextlib.ExitStack() as stack:
        store = None if no_store else stack.enter_context(Store(settings.db_url))
        advance = stack.enter_context(progress(work, "coding partitions, then storing"))
        summary = run_batch(articles, scheduler=scheduler, out=out, settings=settings, store=store,
                            partition_size=partition_size, on_partition=advance, on_article=advance)  # fmt: skip
    for line in problem_lines(summary):
        print(f"eventwire: {line}", file=sys.stderr)  # one line each, never wrapped
    console_err.print(summary_line(summary, store.url if store else None), soft_wrap=True)
    _finish(errors)
    if summary.failed or summary.rejected:
        raise typer.Exit(1)


@app.command()
def events(
    db: Db = None, since: Since = None, until: Until = None, actor: ActorCode = None,
    recipient: RecipientCode = None, type: EventType = None, modality: ModalityOpt = None,
    limit: Limit = None, format: Format = "table", min_confidence: MinConfidence = None, location: Location = None,
    actor_sector: ActorSector = None, recipient_sector: RecipientSector = None, mode: ModeOpt = None, quad: Quad = None,
    text: Text = None, place: PlaceName = None, reviewed: Reviewed = None,
) -> None:  # fmt: skip
    """List stored events, filtered.

    Examples:

      eventwire events --actor RUS --since 2025-11-01 --format table

      eventwire events --type SANCTION --modality asserted --format jsonl

      eventwire events --min-confidence 0.7

      eventwire events --location TUR --since 2025-05-01 --until 2025-07-31

      eventwire events --actor-sector MIL --quad 4 --place kharkiv --text shelling
    """
    from eventwire.store import Store

    _check_format(format, OUTPUT_FORMATS)
    filters = _filters(since, until, actor, recipient, type, modality, limit, min_confidence, location,
                       actor_sector=actor_sector, recipient_sector=recipient_sector, mode=mode, quad=quad, q=text,
                       place=place, reviewed=reviewed)  # fmt: skip
    with Store(Settings.from_env(db_url=db).db_url) as store:
        print_records(store.events(**filters), format)


@app.command()
def clusters(
    db: Db = None, since: Since = None, until: Until = None, actor: ActorCode = None,
    recipient: RecipientCode = None, type: EventType = None, modality: ModalityOpt = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many clusters.")] = None,
    format: Format = "table", min_confidence: MinConfidence = None, location: Location = None,
    min_sources: Annotated[int | None, typer.Option(min=1, help="Only clusters told by this many independent sources.")] = None,
    rebuild: Annotated[bool, typer.Option(help="Cluster every stored event afresh first.")] = False,
    actor_sector: ActorSector = None, recipient_sector: RecipientSector = None, mode: ModeOpt = None, quad: Quad = None,
    text: Text = None, place: PlaceName = None, reviewed: Reviewed = None,
) -> None:  # fmt: skip
    """List event clusters: one per occurrence, however many articles report it.

    Each cluster shows its best mention's record and counts its mentions, articles, outlets
    and independent sources (a wire story and its reprints are one source). A plan and the
    event that happened are separate clusters, linked to each other.

    Examples:

      eventwire clusters --type ASSAULT --since 2025-03-01 --format table

      eventwire clusters --actor RUS --min-sources 2 --format jsonl

      eventwire clusters --rebuild
    """
    from eventwire.export.clusters import write_clusters
    from eventwire.store import Store

    _check_format(format, OUTPUT_FORMATS)
    filters = _filters(since, until, actor, recipient, type, modality, limit, min_confidence, location,
                       actor_sector=actor_sector, recipient_sector=recipient_sector, mode=mode, quad=quad, q=text,
                       place=place, reviewed=reviewed)  # fmt: skip
    with Store(Settings.from_env(db_url=db).db_url) as store:
        if rebuild:
            console_err.print(f"{store.rebuild_clusters()} cluster(s) rebuilt")
        found = store.clusters(**filters, min_sources=min_sources, with_mentions=format != "table")
    if format == "table":
        print_clusters(found)
    else:
        write_clusters(found, format, sys.stdout)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="plover-jsonl, csv or parquet.")],
    out: Annotated[Path, typer.Option(help="File to write (written whole or not at all).")],
    db: Db = None, since: Since = None, until: Until = None, actor: ActorCode = None,
    recipient: RecipientCode = None, type: EventType = None, modality: ModalityOpt = None,
    limit: Limit = None, min_confidence: MinConfidence = None, location: Location = None,
    what: Annotated[str, typer.Option(help="events, clusters (one row per occurrence) or mentions (of clusters).")] = "events",
    actor_sector: ActorSector = None, recipient_sector: RecipientSector = None, mode: ModeOpt = None, quad: Quad = None,
    text: Text = None, place: PlaceName = None, reviewed: Reviewed = None,
) -> None:  # fmt: skip
    """Export stored events, event clusters or clusters' mentions as JSONL, CSV or Parquet.

    Examples:

      eventwire export --format plover-jsonl --out events.jsonl

      eventwire export --format parquet --out ukraine.parquet --actor UKR

      eventwire export --what clusters --format csv --out clusters.csv
    """
    from eventwire.export import export as write_export
    from eventwire.export.clusters import write_clusters
    from eventwire.store import Store

    _check_format(format, ("plover-jsonl", "jsonl", "csv", "parquet"))
    _check_format(what, ("events", "clusters", "mentions"), option="--what")
    filters = _filters(since, until, actor, recipient, type, modality, limit, min_confidence, location,
                       actor_sector=actor_sector, recipient_sector=recipient_sector, mode=mode, quad=quad, q=text,
                       place=place, reviewed=reviewed)  # fmt: skip
    with Store(Settings.from_env(db_url=db).db_url) as store:
        if what == "events":
            count = write_export(store.iter_events(**filters), format, out)
        else:
            count = write_clusters(store.clusters(**filters), format, out, what)
    console_err.print(f"wrote {count} {'event' if what == 'events' else what[:-1]}(s) to {out}")


@app.command()
def stats(db: Db = None) -> None:
    """Summarise the store: articles, events by type, modality and quad class, top actors.

    Example:

      eventwire stats --db sqlite:///eventwire.db
    """
    from eventwire.store import Store

    with Store(Settings.from_env(db_url=db).db_url) as store:
        print_stats(store.stats())


@app.command()
def actors(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders or - for standard input.")] = None,
    published: Published = None,
    dates: Dates = None,
    format: Format = "table",
    unresolved: Annotated[
        bool, typer.Option("--unresolved", help="Rank the store's most frequent unresolved actors.")
    ] = False,
    db: Db = None,
    limit: Annotated[int, typer.Option(min=1, help="With --unresolved: how many to list.")] = 30,
) -> None:
    """List every actor mention of each article, with its code and why it resolved so.

    With --unresolved, rank the actor strings of a store that resolved to no country, so the
    knowledge files can be extended where it matters.

    Examples:

      eventwire actors article.txt --published 2025-11-18 --format jsonl

      eventwire actors --unresolved --db sqlite:///eventwire.db
    """
    _check_format(format, ("table", "jsonl"))
    if unresolved:
        from eventwire.store import Store

        with Store(Settings.from_env(db_url=db).db_url) as store:
            print_unresolved(store.unresolved_actors(limit), format)
        return
    if not paths:
        raise InputError("actors", "give files to read, or --unresolved to query a store")
    from eventwire.pipeline import Pipeline

    errors: list[RecordError] = []
    articles = list(_articles(paths, published, dates, errors))
    mentions = []
    with progress(len(articles), "resolving") as advance:
        for coded in Pipeline(Settings.from_env()).code_many(articles):
            mentions.extend(coded.mentions)
            advance()
    print_mentions(mentions, format)
    _finish(errors)


@app.command()
def quotes(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for standard input.")],
    published: Published = None,
    dates: Dates = None,
    format: Format = "table",
) -> None:
    """List the statements of each article: who said what, directly or not, and to whom.

    Statements are not events: the coder makes them the attribution of the events they
    report. This lists them all, one JSON object a line with --format jsonl.

    Examples:

      eventwire quotes article.txt --format jsonl

      eventwire quotes news/ --published 2025-11-18
    """
    _check_format(format, ("table", "jsonl"))
    from eventwire.pipeline import Pipeline

    errors: list[RecordError] = []
    articles = list(_articles(paths, published, dates, errors))
    found = []
    with progress(len(articles), "reading statements") as advance:
        for _, article_quotes in Pipeline(Settings.from_env()).quotes_many(articles):
            found.extend(article_quotes)
            advance()
    print_quotes(found, format)
    _finish(errors)


eval_app = typer.Typer(
    help=(
        "Measure accuracy on gold sets.\n\nExamples:\n\n"
        "  eventwire eval actors --gold tests/resources/actors/test.tsv\n\n"
        "  eventwire eval events --peer-suites ../shared/peer-suites\n\n"
        "  eventwire eval when-where --dates tests/resources/when_where/dates_test.jsonl"
    ),
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


@eval_app.command("when-where")
def eval_when_where(
    dates: Annotated[list[Path] | None, typer.Option(help="Date test set(s), JSONL.")] = None,
    places: Annotated[list[Path] | None, typer.Option(help="Place test set(s), JSONL.")] = None,
    misses: Annotated[int, typer.Option(help="Print this many wrong cases per set.")] = 0,
) -> None:
    """Score event dates (right date at the right precision) and places (country and name).

    Examples:

      eventwire eval when-where --dates tests/resources/when_where/dates_test.jsonl

      eventwire eval when-where --places tests/resources/when_where/places_dev.jsonl --misses 10
    """
    from eventwire.evaluate.when_where import score_dates, score_places
    from eventwire.pipeline import Pipeline

    if not dates and not places:
        raise InputError("eval when-where", "give --dates FILE or --places FILE")
    pipeline = Pipeline(Settings.from_env())
    scores = [("dates", score_dates(pipeline.nlp, path)) for path in dates or []]
    scores += [("places", score_places(pipeline, path)) for path in places or []]
    print_when_where_scores(scores, misses)


@eval_app.command("clusters")
def eval_clusters(
    stories: Annotated[list[Path], typer.Argument(help="Story set(s), JSONL (tests/resources/clusters).")],
    end_to_end: Annotated[bool, typer.Option(help="Also code the articles and cluster the records.")] = False,
) -> None:
    """Score event clusters pairwise against the stories' occurrence keys.

    Without --end-to-end the gold mentions are clustered as the set codes them (the clusterer
    alone); with it, the articles are coded too and the records matched to gold mentions.

    Examples:

      eventwire eval clusters tests/resources/clusters/stories.jsonl --end-to-end
    """
    from eventwire.evaluate.clusters import read_stories, score_clustering_alone, score_end_to_end

    sets = [(path, read_stories(path)) for path in stories]
    scores = [("clusterer alone", score_clustering_alone(found, path.name)) for path, found in sets]
    if end_to_end:
        from eventwire.pipeline import Pipeline

        pipeline = Pipeline(Settings.from_env())
        scores += [("end to end", score_end_to_end(found, path.name, pipeline)[0]) for path, found in sets]
    print_cluster_scores(scores)


@eval_app.command("actors")
def eval_actors(
    gold: Annotated[list[Path] | None, typer.Option(help="Gold TSV set(s) of actor mentions.")] = None,
    gsr: Annotated[Path | None, typer.Option(help="The PLOVER gold standard (PLOVER_GSR_CAMEO.txt).")] = None,
    misses: Annotated[int, typer.Option(help="Print this many wrong cases per set.")] = 0,
) -> None:
    """Score actor resolution: country and sector accuracy per gold set.

    Examples:

      eventwire eval actors --gold tests/resources/actors/test.tsv

      eventwire eval actors --gsr ../shared/peer-suites/PLOVER_GSR_CAMEO.txt
    """
    from eventwire.evaluate.actors import read_gold_tsv, read_plover_gsr, score_cases
    from eventwire.pipeline import Pipeline

    if not gold and not gsr:
        raise InputError("eval actors", "give --gold FILE or --gsr FILE")
    pipeline = Pipeline(Settings.from_env())
    scores = [score_cases(pipeline, read_gold_tsv(path), path.name) for path in gold or []]
    if gsr:
        scores.append(score_cases(pipeline, read_plover_gsr(gsr), "PLOVER GSR", gsr=True))
    print_scores(scores, misses)


@eval_app.command("events")
def eval_events(
    gsr: Annotated[Path | None, typer.Option(help="The PLOVER gold standard (PLOVER_GSR_CAMEO.txt).")] = None,
    plv: Annotated[Path | None, typer.Option(help="plv.csv; its split=test rows are scored.")] = None,
    cameo_class: Annotated[Path | None, typer.Option("--cameo-class", help="ConfliBERT cameo_class test.tsv.")] = None,
    gold: Annotated[list[Path] | None, typer.Option(help="Gold articles (JSONL) of our own.")] = None,
    peer_suites: Annotated[Path | None, typer.Option("--peer-suites", help="A folder holding all three peer suites.")] = None,
    types: Annotated[bool, typer.Option("--types", help="Also print precision, recall and F1 per event type.")] = False,
    misses: Annotated[int, typer.Option(help="Print this many wrong cases per suite.")] = 0,
    min_confidence: MinConfidence = None,
    classifier: ClassifierOpt = False,
) -> None:
    """Score event coding: correct, missed and extra events, type accuracy, modality.

    Examples:

      eventwire eval events --peer-suites ../shared/peer-suites --gold tests/resources/events/gold_articles.jsonl

      eventwire eval events --gsr ../shared/peer-suites/PLOVER_GSR_CAMEO.txt --types --misses 20

      eventwire eval events --gold tests/resources/events/gold_articles_test.jsonl --min-confidence 0.7
    """
    from eventwire.cli_output import print_event_scores
    from eventwire.evaluate import events as evaluate
    from eventwire.pipeline import Pipeline

    if peer_suites is not None:
        if not peer_suites.is_dir():
            raise InputError(str(peer_suites), "is not a folder")
        gsr = gsr or peer_suites / "PLOVER_GSR_CAMEO.txt"
        plv = plv or peer_suites / "plv.csv"
        cameo_class = cameo_class or peer_suites / "confliBERT-cameo_class" / "test.tsv"
    if not (gsr or plv or cameo_class or gold):
        raise InputError("eval events", "give --peer-suites DIR, --gsr, --plv, --cameo-class or --gold")
    suites = []  # read every file before coding anything, so a bad path fails at once
    if gsr:
        suites.append(("PLOVER GSR", "events", evaluate.read_plover_gsr_events(gsr)))
    if plv:
        suites.append(("plv.csv test", "labels", evaluate.read_plv_test(plv)))
    if cameo_class:
        suites.append(("ConfliBERT cameo_class test", "pentaclass", evaluate.read_conflibert_test(cameo_class)))
    for path in gold or []:
        suites.append((path.name, "events", evaluate.read_gold_articles(path)))
    pipeline = Pipeline(Settings.from_env(classifier=classifier or None, min_confidence=min_confidence))
    scores = []
    for name, kind, texts in suites:
        coded = evaluate.code_texts(pipeline, texts)
        if kind == "events":
            scores.append(evaluate.score_events(name, coded))
        else:
            scores.append(evaluate.score_labels(name, coded, pentaclass=kind == "pentaclass"))
    print_event_scores(scores, types, misses)


classifier_app = typer.Typer(
    help=(
        "The optional sentence classifier (switched on by --classifier): train it, test it.\n\nExamples:\n\n"
        "  eventwire classifier eval\n\n"
        "  eventwire classifier train"
    ),
    no_args_is_help=True,
)
app.add_typer(classifier_app, name="classifier")


@classifier_app.command("train")
def classifier_train(
    sentences: Annotated[Path | None, typer.Option(help="Labelled sentences (TSV); default: the shipped ones.")] = None,
    out: Annotated[Path | None, typer.Option(help="Weights file to write; default: the shipped one.")] = None,
) -> None:
    """Train the classifier on the training share of the labelled sentences.

    Example:

      eventwire classifier train
    """
    from eventwire.events import classifier as model

    path = sentences or model.SENTENCES
    labelled = [s for s in model.read_sentences(path) if not model.is_held_out(s)]
    if len({s.label for s in labelled}) < 2:
        raise InputError(str(path), "needs sentences of at least two labels")
    trained = model.train(labelled, trained_on=model.file_digest(path))
    target = out or model.WEIGHTS
    trained.save(target)
    console_err.print(f"trained on {len(labelled)} sentence(s); wrote {target}")


@classifier_app.command("eval")
def classifier_eval(
    sentences: Annotated[Path | None, typer.Option(help="Labelled sentences (TSV); default: the shipped ones.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Score every sentence, not only the held-out share.")] = False,
) -> None:
    """Accuracy of the shipped classifier on the held-out share of the labelled sentences.

    Example:

      eventwire classifier eval
    """
    from eventwire.cli_output import print_classifier_score
    from eventwire.events import classifier as model

    labelled = model.read_sentences(sentences or model.SENTENCES)
    chosen = labelled if everything else [s for s in labelled if model.is_held_out(s)]
    accuracy, per_label = model.accuracy(model.load_classifier(), chosen)
    print_classifier_score(len(chosen), accuracy, per_label)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the event record.

    Example:

      eventwire schema > event.schema.json
    """
    from eventwire.records import SCHEMA_PATH

    sys.stdout.write(SCHEMA_PATH.read_text(encoding="utf-8"))


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="Text file of feed URLs (one a line, # comments) or an OPML file.")],
    every: Annotated[str, typer.Option(help="Time from one round to the next: 30s, 15m, 1h.")] = "15m",
    db: Db = None,
    once: Annotated[bool, typer.Option("--once", help="Do one round, then exit (for cron).")] = False,
    timeout: Annotated[float | None, typer.Option(help="Seconds one request may take [default: 20].")] = None,
    max_page_mb: Annotated[float | None, typer.Option(help="Largest page fetched, in MB [default: 5].")] = None,
    host_interval: Annotated[float | None, typer.Option(help="Least seconds between two requests to one host [default: 1].")] = None,
    max_attempts: Annotated[int | None, typer.Option(help="Tries of one item before it is given up [default: 3].")] = None,
    classifier: ClassifierOpt = False,
    min_confidence: MinConfidence = None,
) -> None:  # fmt: skip
    """Poll RSS/Atom feeds; fetch, code and store each new item's article; repeat.

    Polite (robots.txt, per-host limits, conditional requests) and crash-safe: what it has
    seen and stored is kept in the store, so a restart goes on where it stopped. Ctrl-C or
    SIGTERM stops it cleanly.

    Examples:

      eventwire watch feeds.txt --every 15m

      eventwire watch subscriptions.opml --once --db postgresql://user@host/events
    """
    from eventwire.store import Store
    from eventwire.watch import read_feed_list, run_watch, watch_options

    options = watch_options(every=every, once=once, timeout=timeout, max_page_mb=max_page_mb,
                            host_interval=host_interval, max_attempts=max_attempts)  # fmt: skip
    urls = read_feed_list(feeds)
    settings = Settings.from_env(db_url=db, classifier=classifier or None, min_confidence=min_confidence)

    def load_pipeline():  # noqa: ANN202
        from eventwire.pipeline import Pipeline  # loaded once, when the first article is coded

        return Pipeline(settings)

    with Store(settings.db_url) as store:
        run_watch(urls, store, load_pipeline, options, report=lambda line: print(f"eventwire: {line}", file=sys.stderr))


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(help="Bearer token that allows writing (ingest, reviews) [env: EVENTWIRE_TOKEN]; "
                                                   "without one the API is read-only.")] = None,
) -> None:  # fmt: skip
    """Serve the JSON API (/api, docs at /docs) and the dashboard (/) over a store.

    Examples:

      eventwire serve --db sqlite:///eventwire.db

      eventwire serve --db postgresql://user@host/events --host 0.0.0.0 --port 8080 --token s3cret
    """
    import os
    import socket

    import uvicorn

    from eventwire.serve import create_app

    settings = Settings.from_env(db_url=db)
    application = create_app(settings.db_url, token=token or os.environ.get("EVENTWIRE_TOKEN") or None)
    # uvicorn reports a taken port with a log line of its own and exit status 3: try it first.
    try:
        socket.create_server((host, port)).close()
    except OSError as error:
        reason = (error.strerror or str(error)).split(" (while")[0]
        raise InputError(f"{host}:{port}", f"cannot listen there ({reason})") from None
    mode = "read-write" if application.state.token else "read-only (no --token)"
    console_err.print(f"serving {application.state.store.url} on http://{host}:{port}/ ({mode})", soft_wrap=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")


# ---------------------------------------------------------------------- helpers


def _articles(paths: list[str], published: str | None, dates: Path | None, errors: list[RecordError]) -> Iterator[Article]:
    """Every article of every input, dated by --published or a --dates file."""
    from eventwire.read import parse_date_option, read_dates_file, read_source

    default = parse_date_option(published) if published else None
    by_file = read_dates_file(dates) if dates else {}
    for source in paths:
        for article in read_source(source, default, on_error=_report(errors)):
            name = Path(article.origin.split(":")[0]).name if article.origin else None
            if name in by_file:
                article = article.model_copy(update={"published": by_file[name]})
            yield article


def _report(errors: list[RecordError]):  # noqa: ANN202
    def on_error(error: RecordError) -> None:
        errors.append(error)
        print(f"eventwire: skipped {error}", file=sys.stderr)  # one line, never wrapped

    return on_error


def _finish(errors: list[RecordError]) -> None:
    if errors:
        print(f"eventwire: {len(errors)} record(s) could not be read", file=sys.stderr)
        raise typer.Exit(1)


def _check_format(value: str, allowed: tuple[str, ...], option: str = "--format") -> None:
    if value not in allowed:
        kind = "format" if option == "--format" else "value"
        raise InputError(option, f"unknown {kind} {value!r} (expected {', '.join(allowed)})")


def _filters(since, until, actor, recipient, event_type, modality, limit, min_confidence=None, location=None,  # noqa: ANN001
             **more: object) -> dict:  # fmt: skip
    """Store filters from command-line options, dates checked; ``more`` are the other
    EventFilter fields (sectors, mode, quad, text, place, reviewed), left out when not given."""
    from eventwire.read import parse_date_option

    return {
        "since": parse_date_option(since, "--since") if since else None,
        "until": parse_date_option(until, "--until") if until else None,
        "actor": actor, "recipient": recipient, "event_type": event_type.upper() if event_type else None,
        "modality": modality, "limit": limit, "min_confidence": min_confidence, "location": location,
    } | {name: value for name, value in more.items() if value is not None}  # fmt: skip


def main() -> None:
    """Entry point: run the app, turning every expected failure into one line."""
    command = typer.main.get_command(app)
    try:
        status = command.main(prog_name="eventwire", standalone_mode=False)
    except NoArgsIsHelpError as error:
        with contextlib.suppress(BrokenPipeError):
            print(error.ctx.get_help() if error.ctx else str(error))
        status = 0
    except UsageError as error:
        _fail(error.format_message().splitlines()[0], 2)
    except (Abort, KeyboardInterrupt):
        _fail("interrupted", 130)
    except EventwireError as error:
        _fail(str(error), 1)
    except BrokenPipeError:
        sys.stderr.close()
        status = 0
    if status == 130:  # typer turns Ctrl-C into exit status 130 without a word
        _fail("interrupted", 130)
    sys.exit(status or 0)


def _fail(message: str, status: int) -> None:
    print(f"eventwire: error: {message}", file=sys.stderr)
    sys.exit(status)


if __name__ == "__main__":
    main()
