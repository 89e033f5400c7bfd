//! Fetching URLs (`--fetch`): a timeout, a size cap, an honest user agent,
//! and no requests to loopback, private, link-local or otherwise internal
//! addresses unless the caller allows them. Redirects are followed here, one
//! hop at a time, so that every hop's address is checked.

use crate::input::{Item, MAX_ITEM_BYTES};
use crate::ItemError;
use std::net::{IpAddr, ToSocketAddrs};
use std::time::Duration;

pub const USER_AGENT: &str = concat!(
    "sitrep/",
    env!("CARGO_PKG_VERSION"),
    " (news event analysis; fetches only the URLs it is given)"
);
const TIMEOUT: Duration = Duration::from_secs(30);
const MAX_REDIRECTS: usize = 5;

pub fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// Addresses a fetch must not reach unless allowed: this machine, private
/// networks, link-local, unspecified, multicast, and their IPv6 forms.
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1]) // carrier-grade NAT
        }
        IpAddr::V6(v6) => {
            let seg = v6.segments();
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (seg[0] & 0xfe00) == 0xfc00 // unique local
                || (seg[0] & 0xffc0) == 0xfe80 // link-local
                || v6.to_ipv4_mapped().is_some_and(|v4| is_internal(IpAddr::V4(v4)))
        }
    }
}

fn host_and_port(url: &str) -> Option<(String, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let default = if scheme.eq_ignore_ascii_case("https") {
        443
    } else {
        80
    };
    if let Some(v6) = authority.strip_prefix('[') {
        let (host, rest) = v6.split_once(']')?;
        let port = rest
            .strip_prefix(':')
            .and_then(|p| p.parse().ok())
            .unwrap_or(default);
        return Some((host.to_string(), port));
    }
    match authority.rsplit_once(':') {
        Some((h, p)) => Some((h.to_string(), p.parse().ok()?)),
        None => Some((authority.to_string(), default)),
    }
}

fn check_address(url: &str, allow_private: bool) -> Result<(), String> {
    let (host, port) = host_and_port(url).ok_or("not a valid URL")?;
    let addrs: Vec<_> = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {host}: {e}"))?
        .collect();
    if addrs.is_empty() {
        return Err(format!("{host} resolves to no address"));
    }
    if !allow_private {
        if let Some(a) = addrs.iter().find(|a| is_internal(a.ip())) {
            return Err(format!(
                "refused: {host} is an internal address ({}); pass --allow-private to fetch it",
                a.ip()
            ));
        }
    }
    Ok(())
}

/// Resolve a relative redirect target against the URL it came from.
fn join(base: &str, location: &str) -> String {
    if is_url(location) {
        return location.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("http", base));
    let authority = rest.split('/').next().unwrap_or("");
    if let Some(path) = location.strip_prefix("//") {
        return format!("{scheme}://{path}");
    }
    if location.starts_with('/') {
        return format!("{scheme}://{authority}{location}");
    }
    let dir = base.rsplit_once('/').map_or(base, |(d, _)| d);
    format!("{dir}/{location}")
}

pub fn fetch(url: &str, allow_private: bool) -> Result<Item, ItemError> {
    let err = |reason: String| ItemError::new(url, reason);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .build()
        .into();
    let mut current = url.to_string();
    for _ in 0..=MAX_REDIRECTS {
        if !is_url(&current) {
            return Err(err(format!("will not follow a redirect to {current}")));
        }
        check_address(&current, allow_private).map_err(err)?;
        let response = agent
            .get(&current)
            .call()
            .map_err(|e| err(format!("fetch failed: {e}")))?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) {
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| err(format!("redirect {status} without a Location")))?;
            current = join(&current, location);
            continue;
        }
        if status >= 400 {
            return Err(err(format!("HTTP {status}")));
        }
        let charset = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .and_then(crate::html::charset_param)
            .map(str::to_string);
        let bytes = response
            .into_body()
            .with_config()
            .limit(MAX_ITEM_BYTES)
            .read_to_vec()
            .map_err(|e| {
                err(format!(
                    "cannot read the response (the limit is {} MiB): {e}",
                    MAX_ITEM_BYTES >> 20
                ))
            })?;
        return Ok(Item {
            source: url.to_string(),
            bytes,
            charset,
        });
    }
    Err(err(format!("more than {MAX_REDIRECTS} redirects")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_addresses_are_recognised() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.0.1",
            "172.16.5.4",
            "169.254.1.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "100.64.0.1",
        ] {
            assert!(is_internal(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["93.184.216.34", "2606:4700::1111", "8.8.8.8"] {
            assert!(!is_internal(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn urls_split_and_redirects_join() {
        assert_eq!(
            host_and_port("http://user@a.example:8080/x?y"),
            Some(("a.example".into(), 8080))
        );
        assert_eq!(host_and_port("https://[::1]/x"), Some(("::1".into(), 443)));
        assert_eq!(
            join("https://a.example/news/1", "/news/2"),
            "https://a.example/news/2"
        );
        assert_eq!(
            join("https://a.example/news/1", "2"),
            "https://a.example/news/2"
        );
        assert_eq!(
            join("https://a.example/x", "//b.example/y"),
            "https://b.example/y"
        );
    }

    #[test]
    fn loopback_is_refused_without_permission() {
        let e = fetch("http://127.0.0.1:9/x", false).unwrap_err();
        assert!(e.reason.contains("internal address"), "{e}");
    }
}
