//! `sitrep`: who did or said what to whom, when and where, according to whom;
//! and how each outlet's account of a story agrees with and differs from the
//! others'.

// jemalloc rather than the system's allocator: an article's features and
// its story assignment allocate about 130 times an article (counted), in
// between unpacking each article's JSON, and a profile showed glibc's
// malloc consolidating and unlinking free chunks among them.
// In eight runs alternating on the story benchmark (README, "story
// assignment"), jemalloc was 1.14 times as fast at the median as glibc's
// malloc, with a lower peak (36 MB against 38); mimalloc 1.07, 43 MB.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

mod by_line;
mod output;
mod pipeline;
mod store_cmd;
mod story_table;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use store_cmd::FilterArgs;

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Sourced event data and cross-outlet story comparison from news text."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole pipeline: articles, actors, events, quotes, stories.
    Analyze {
        /// Files, folders (read recursively) or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Write articles.jsonl, events.jsonl, quotes.jsonl, mentions.jsonl and stories.json here.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print only the events, as PLOVER JSON Lines.
        #[arg(long)]
        events_only: bool,
        /// How similar (0-1) an article must be to a story to join it.
        #[arg(long, value_name = "SCORE")]
        story_threshold: Option<f32>,
        #[command(flatten)]
        fetch: FetchArgs,
        /// Print each stage's wall time and throughput on stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Extract clean article text and metadata.
    Extract {
        #[arg(required = true)]
        paths: Vec<String>,
        /// `text` (readable) or `jsonl` (one object per article).
        #[arg(long, default_value = "text")]
        format: String,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// Show actor mentions and what they resolve to.
    Actors {
        #[arg(required = true)]
        paths: Vec<String>,
        /// One JSON object per mention.
        #[arg(long)]
        jsonl: bool,
        /// Names per input line, taken verbatim (no extraction): offsets
        /// count from the line's start and each record carries `line`
        /// (0-based). Prints names only, not pronouns or descriptions: the
        /// view that named-entity evaluation sets score. Each line is read
        /// with the lines around it of its document, which ends at a blank
        /// line or a `-DOCSTART-` line; a line may hold a whole document
        /// with U+2029 between its paragraphs.
        #[arg(long)]
        lines: bool,
        /// With --lines: read each line alone, as a document of its own.
        #[arg(long, requires = "lines")]
        alone: bool,
    },
    /// List quotes with speaker, source chain and content.
    Quotes {
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long)]
        jsonl: bool,
    },
    /// Analyze and add articles to the store; stories grow as they arrive.
    Ingest {
        /// Files, folders, `-`, or URLs with --fetch.
        #[arg(required = true)]
        paths: Vec<String>,
        #[command(flatten)]
        db: DbArg,
        /// Articles per transaction: a crash loses at most the batch in flight.
        #[arg(long, default_value_t = 32)]
        batch: usize,
        #[command(flatten)]
        fetch: FetchArgs,
    },
    /// List stored events, newest first.
    Events {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        jsonl: bool,
    },
    /// List stories, latest first, with their outlets.
    Stories {
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        jsonl: bool,
    },
    /// Compare a story's accounts side by side.
    Story {
        id: String,
        #[command(flatten)]
        db: DbArg,
        /// The story and its comparison as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search over articles and quotes, with the event filters.
    Search {
        query: String,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        jsonl: bool,
    },
    /// Stream stored events out as plover-jsonl, polecat-tsv, csv or parquet.
    Export {
        #[arg(long, default_value = "plover-jsonl")]
        format: String,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        db: DbArg,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Serve the JSON API and the web UI.
    Serve {
        #[command(flatten)]
        db: DbArg,
        /// Address to listen on; anything but loopback must be asked for.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        /// Accept POST /api/ingest with this bearer token (default: read-only).
        #[arg(long, env = "SITREP_INGEST_TOKEN", hide_env_values = true)]
        ingest_token: Option<String>,
    },
}

#[derive(clap::Args)]
struct DbArg {
    /// The store.
    #[arg(long = "db", default_value = sitrep_store::DEFAULT_DB)]
    path: PathBuf,
}

#[derive(clap::Args)]
struct FetchArgs {
    /// Download the URLs given as paths (30 s timeout, 64 MiB limit).
    #[arg(long)]
    fetch: bool,
    /// Allow fetching from loopback and private network addresses.
    #[arg(long, requires = "fetch")]
    allow_private: bool,
}

impl FetchArgs {
    fn options(&self) -> sitrep_ingest::ReadOptions {
        sitrep_ingest::ReadOptions {
            fetch: self.fetch,
            allow_private: self.allow_private,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze {
            paths,
            out,
            events_only,
            story_threshold,
            fetch,
            timings,
        } => output::analyze(
            &paths,
            fetch.options(),
            out.as_deref(),
            events_only,
            story_threshold,
            timings,
        ),
        Command::Extract {
            paths,
            format,
            fetch,
        } => output::extract(&paths, fetch.options(), &format),
        Command::Actors {
            paths,
            jsonl,
            lines,
            alone,
        } => {
            if lines {
                by_line::actors_by_line(&paths, jsonl, alone)
            } else {
                output::actors(&paths, jsonl)
            }
        }
        Command::Quotes { paths, jsonl } => output::quotes(&paths, jsonl),
        Command::Ingest {
            paths,
            db,
            batch,
            fetch,
        } => store_cmd::ingest(&paths, fetch.options(), &db.path, batch),
        Command::Events {
            db,
            filter,
            limit,
            jsonl,
        } => store_cmd::events(&db.path, filter.into(), limit, jsonl),
        Command::Stories {
            db,
            filter,
            limit,
            jsonl,
        } => store_cmd::stories(&db.path, filter.into(), limit, jsonl),
        Command::Story { id, db, json } => store_cmd::story(&db.path, &id, json),
        Command::Search {
            query,
            db,
            filter,
            limit,
            jsonl,
        } => store_cmd::search(&db.path, &query, filter.into(), limit, jsonl),
        Command::Export {
            format,
            out,
            db,
            filter,
        } => store_cmd::export(&db.path, filter.into(), &format, out.as_deref()),
        Command::Serve {
            db,
            listen,
            ingest_token,
        } => serve(&db.path, listen, ingest_token),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("sitrep: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `sitrep serve`, with `POST /api/ingest` running the same pipeline as
/// `sitrep ingest` when a token is given.
fn serve(
    db: &std::path::Path,
    listen: std::net::SocketAddr,
    token: Option<String>,
) -> anyhow::Result<bool> {
    let ingest = token.filter(|t| !t.is_empty()).map(|token| {
        let db = db.to_path_buf();
        let run: sitrep_serve::IngestFn =
            std::sync::Arc::new(move |body: Vec<u8>| pipeline::ingest_body(&db, body));
        (token, run)
    });
    sitrep_serve::serve(sitrep_serve::Config {
        db: db.to_path_buf(),
        listen,
        ingest,
    })?;
    Ok(true)
}
