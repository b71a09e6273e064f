"""Places and people that tell which dollar country a text is in, beyond the country's own
name (general knowledge, kept as data): capitals, major cities, islands and the people's
names a local paper writes without naming its country ("WELLINGTON (RNZ) -", "Aucklanders",
"the Castries waterfront", "Vincentians"). Read by conventions._dollar_by_place, for whose
dollar a bare "$" is. Left out: names other places share widely ("Victoria", "Perth",
"Hamilton", "Georgetown", "Kingston", "St. John's", "Canterbury", "Freeport", "Darwin"),
and the demonyms of Dominica and the Dominican Republic, which read alike.
"""

from __future__ import annotations

__all__ = ["DOLLAR_PLACES"]

#: Each dollar's places and people (a plural "s" is matched too), as the text prints them.
DOLLAR_PLACES: dict[str, tuple[str, ...]] = {
    "AUD": ("Sydney", "Melbourne", "Brisbane", "Adelaide", "Hobart", "Aussie"),
    "CAD": ("Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Saskatoon",
            "Fredericton", "Charlottetown", "Yellowknife", "Whitehorse", "Iqaluit", "Northwest Territories",
            "Quebec City", "Mississauga", "Torontonian", "Montrealer", "Vancouverite",
            # the Northwest Territories as their own press abbreviates them ("the GNWT's budget")
            "NWT", "N.W.T.", "GNWT"),
    "NZD": ("Wellington", "Auckland", "Aucklander", "Christchurch", "Dunedin", "Tauranga", "Aotearoa", "Waikato",
            "Otago", "Taranaki", "Hawke's Bay", "Bay of Plenty", "Manawatu", "Wellingtonian", "NZ"),
    "XCD": ("Kingstown", "Castries", "Basseterre", "Roseau", "Grenadines", "Vincentian", "Kittitian", "Nevisian",
            "Nevis", "Saint Lucian", "St Lucian", "St. Lucian", "Antiguan", "Barbuda", "Montserrat", "Anguilla",
            "Anguillian", "Grenadian", "Carriacou", "OECS"),
    "JMD": ("Montego Bay", "Ocho Rios", "Negril", "Portmore", "Spanish Town"),
    "TTD": ("Port of Spain", "Port-of-Spain", "Trinbago", "Chaguaramas"),
    "BBD": ("Bridgetown",),
    "GYD": ("Demerara", "Berbice", "Essequibo"),
    "BZD": ("Belmopan",),
    "FJD": ("Nadi", "Lautoka", "Viti Levu", "Vanua Levu"),
    "HKD": ("Kowloon", "Hongkonger"),
    "TWD": ("Taipei", "Kaohsiung", "Taichung"),
    "BND": ("Bandar Seri Begawan",),
    "SBD": ("Guadalcanal", "Malaita"),
    "KYD": ("Grand Cayman",),
    "NAD": ("Walvis Bay", "Swakopmund", "Oshakati"),
}
