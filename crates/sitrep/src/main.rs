//! `sitrep`: who did or said what to whom, when and where, according to whom;
//! and how each outlet's account of a story agrees with and differs from the
//! others'.

mod output;
mod pipeline;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

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
    },
    /// List quotes with speaker, source chain and content.
    Quotes {
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long)]
        jsonl: bool,
    },
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
        Command::Actors { paths, jsonl } => output::actors(&paths, jsonl),
        Command::Quotes { paths, jsonl } => output::quotes(&paths, jsonl),
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
