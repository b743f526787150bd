"""macOS: the .app (made, and signed when CODESIGN_IDENTITY is set, by the spec's BUNDLE
step) in a disk image, notarised when the build machine holds the credentials
(macos/SIGNING.md)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bundle_identity import APP_NAME, BUNDLE_NAME, platform_tag, version

NOTARY_ENV = "NOTARY_PROFILE"  # a `xcrun notarytool store-credentials` profile


def make_disk_image(app: Path, dist: Path) -> Path:
    image = dist / f"{BUNDLE_NAME}-{version()}-{platform_tag()}.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            APP_NAME,
            "-srcfolder",
            str(app),
            "-ov",
            "-format",
            "UDZO",
            str(image),
        ],
        check=True,
    )
    return image


def notarise(image: Path) -> bool:
    """Submits the disk image to Apple and staples the ticket. False: no profile given."""
    profile = os.environ.get(NOTARY_ENV)
    if not profile:
        return False
    subprocess.run(
        ["xcrun", "notarytool", "submit", str(image), "--keychain-profile", profile, "--wait"],
        check=True,
    )
    subprocess.run(["xcrun", "stapler", "staple", str(image)], check=True)
    return True
