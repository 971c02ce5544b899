"""The address resolver as the app wires it: imported street ranges, the geocoder per settings.

Commands and the window build their AddressResolver here, so every one of them places a
street address the same way.
"""

from __future__ import annotations

from desktop import paths
from desktop.districts.dataset import Dataset
from desktop.districts.lookup import StreetFinder
from desktop.districts.resolver import AddressResolver
from desktop.settings import GEOCODER_ONLINE, Settings


def street_finder() -> StreetFinder | None:
    """The street ranges imported before an event, or None when there are none."""
    from desktop.streets.finder import open_street_finder

    return open_street_finder(paths.streets_path())


def address_resolver(
    dataset: Dataset,
    settings: Settings | None = None,
    streets: StreetFinder | None = None,
    online: bool | None = None,
) -> AddressResolver:
    """Street ranges (given, or opened from the user's folder); the geocoder if allowed:
    by `online` when given (a command's --online), else by the geocoder.online setting."""
    settings = settings or Settings()
    geocode = None
    if settings.get(GEOCODER_ONLINE) if online is None else online:
        from desktop.geocoding.placing import census_geocode

        geocode = census_geocode(settings)
    return AddressResolver(dataset, streets if streets is not None else street_finder(), geocode)
