//! Paths to items: files, folders (recursively, in name order) and stdin.

use crate::ItemError;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most bytes one item may hold once decompressed.
pub const MAX_ITEM_BYTES: u64 = 64 * 1024 * 1024;

/// One input: where it came from and its (decompressed) bytes.
#[derive(Debug, Clone)]
pub struct Item {
    pub source: String,
    pub bytes: Vec<u8>,
    /// The charset the transport declared (an HTTP `Content-Type` header),
    /// which for HTML ranks after a byte-order mark and before `<meta>`.
    pub charset: Option<String>,
}

/// Whether URLs may be fetched, and whether internal addresses may be.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    pub fetch: bool,
    pub allow_private: bool,
}

/// Read every path: a file is one item, a folder is every file below it
/// (hidden ones skipped), `-` is standard input, and a URL is fetched when
/// `options.fetch` says so. Results keep the order given.
pub fn read_paths(paths: &[String], options: ReadOptions) -> Vec<Result<Item, ItemError>> {
    let mut out = Vec::new();
    for p in paths {
        if crate::fetch::is_url(p) {
            out.push(if options.fetch {
                crate::fetch::fetch(p, options.allow_private).and_then(|item| finish(p, item.bytes))
            } else {
                Err(ItemError::new(p, "a URL: pass --fetch to download it"))
            });
            continue;
        }
        if p == "-" {
            let mut bytes = Vec::new();
            let res = std::io::stdin()
                .take(MAX_ITEM_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| ItemError::new("-", format!("cannot read stdin: {e}")))
                .and_then(|_| finish("-", bytes));
            out.push(res);
            continue;
        }
        let path = Path::new(p);
        if path.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(path, &mut files) {
                out.push(Err(ItemError::new(p, format!("cannot list folder: {e}"))));
            }
            files.sort();
            out.extend(files.iter().map(|f| read_file(f)));
        } else {
            out.push(read_file(path));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files)?;
        } else if is_article_file(&path) {
            files.push(path);
        }
    }
    Ok(())
}

/// Extensions read from a folder. A file named on the command line is read
/// whatever its name; in a folder, notes and data files (README.md, *.json)
/// are not articles.
const ARTICLE_EXTENSIONS: [&str; 10] = [
    "txt", "text", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml", "warc",
];

fn is_article_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    match name.rsplit_once('.') {
        Some((_, ext)) => ARTICLE_EXTENSIONS.contains(&ext),
        None => true,
    }
}

pub fn read_file(path: &Path) -> Result<Item, ItemError> {
    let source = path.display().to_string();
    let file = std::fs::File::open(path)
        .map_err(|e| ItemError::new(&source, format!("cannot open: {e}")))?;
    let mut bytes = Vec::new();
    file.take(MAX_ITEM_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ItemError::new(&source, format!("cannot read: {e}")))?;
    finish(&source, bytes)
}

/// Gunzip when the bytes say gzip, and enforce the size cap.
fn finish(source: &str, bytes: Vec<u8>) -> Result<Item, ItemError> {
    let too_big = || {
        ItemError::new(
            source,
            format!(
                "larger than the {} MiB limit for one item",
                MAX_ITEM_BYTES >> 20
            ),
        )
    };
    if bytes.len() as u64 > MAX_ITEM_BYTES {
        return Err(too_big());
    }
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .take(MAX_ITEM_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| ItemError::new(source, format!("broken gzip data: {e}")))?;
        if out.len() as u64 > MAX_ITEM_BYTES {
            return Err(too_big());
        }
        out
    } else {
        bytes
    };
    Ok(Item {
        source: source.to_string(),
        bytes,
        charset: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn truncated_gzip_is_an_error_for_that_item() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(
            "Iran said it had received a message. "
                .repeat(200)
                .as_bytes(),
        )
        .unwrap();
        let gz = enc.finish().unwrap();
        let whole = finish("a.txt.gz", gz.clone()).unwrap();
        assert!(whole.bytes.starts_with(b"Iran said"));
        let err = finish("a.txt.gz", gz[..gz.len() / 2].to_vec()).unwrap_err();
        assert!(err.reason.contains("gzip"), "{err}");
    }

    #[test]
    fn folders_yield_article_files_only() {
        assert!(is_article_file(Path::new("a/b.txt")));
        assert!(is_article_file(Path::new("a/feed.jsonl.gz")));
        assert!(is_article_file(Path::new("a/scraped_page")));
        assert!(!is_article_file(Path::new("a/README.md")));
        assert!(!is_article_file(Path::new("a/expected.json")));
    }

    #[test]
    fn missing_file_is_an_error_not_a_panic() {
        let res = read_paths(
            &["/nonexistent/sitrep/x.txt".to_string()],
            ReadOptions::default(),
        );
        assert!(res[0].as_ref().unwrap_err().reason.contains("cannot open"));
    }
}
