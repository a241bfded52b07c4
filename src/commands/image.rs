//! A picture given on the command line (`--image FILE|URL`), checked before anything is sent:
//! after-sales messages attach one; image search and voucher uploads take one too.

use std::path::Path;

use base64::Engine;

use crate::error::{Error, Result};

/// An attached image is sent inline; beyond this it is refused before anything is sent.
pub const MAX_IMAGE_BYTES: u64 = 5 * 1024 * 1024;

/// A URL is sent as it is; a file is sent as base64, as the documented 1688 image search takes
/// its picture (`imageBase64`, docs/api.md#alibaba-product-image-search). The size is found by
/// reading, at most one byte past the limit: a device (/dev/zero) or a pipe has no size to
/// check beforehand, and a FIFO is read off the async runtime so Ctrl-C still ends the wait.
pub async fn image_value(arg: &str) -> Result<String> {
    if arg.starts_with("https://") || arg.starts_with("http://") {
        return Ok(arg.to_string());
    }
    let too_large = |size: Option<u64>| {
        let size = match size {
            Some(n) => format!("{} KiB", n / 1024),
            None => format!("larger than {}", crate::local::size_text(MAX_IMAGE_BYTES)),
        };
        Error::usage(format!(
            "the image {arg} is {size}; the limit is {} (or give an https:// URL)",
            crate::local::size_text(MAX_IMAGE_BYTES)
        ))
    };
    // A regular file says how large it is: refused without reading it.
    if let Ok(m) = std::fs::metadata(Path::new(arg))
        && m.is_file()
        && m.len() > MAX_IMAGE_BYTES
    {
        return Err(too_large(Some(m.len())));
    }
    let bytes = crate::local::read_file(arg, MAX_IMAGE_BYTES)
        .await
        .map_err(|e| Error::usage(format!("cannot read the image {arg}: {e}")))?
        .ok_or_else(|| too_large(None))?;
    // What goes to a seller must be the picture meant: a mistyped path to any other file
    // (a key, a spreadsheet) is refused before anything is sent.
    if image_kind(&bytes).is_none() {
        return Err(Error::usage(format!(
            "{arg} is not a JPEG, PNG, GIF or WebP image; nothing was sent"
        )));
    }
    Ok(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// A picture that is uploaded (a 1688 refund voucher): a file only, checked as `image_value`
/// checks one, as base64. A URL is refused: the API keeps only pictures uploaded to it.
pub async fn image_file(arg: &str) -> Result<String> {
    if arg.starts_with("https://") || arg.starts_with("http://") {
        return Err(Error::usage(format!(
            "{arg}: a voucher is uploaded from a file; download the picture and give its path"
        )));
    }
    image_value(arg).await
}

/// The picture format, from the file's first bytes (its name may say anything).
pub fn image_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("webp")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_known_by_their_first_bytes() {
        assert_eq!(image_kind(b"\xFF\xD8\xFF\xE0\x00\x10JFIF"), Some("jpeg"));
        assert_eq!(image_kind(b"\x89PNG\r\n\x1a\n\x00"), Some("png"));
        assert_eq!(image_kind(b"GIF89a..."), Some("gif"));
        assert_eq!(image_kind(b"RIFF\x00\x00\x00\x00WEBPVP8 "), Some("webp"));
        assert_eq!(image_kind(b"root:x:0:0:root:/root:/bin/bash"), None);
        assert_eq!(image_kind(b"RIFF"), None);
        assert_eq!(image_kind(b""), None);
    }
}
