package io.newswire.enrich.kb;

import java.util.Set;

/** The 193 member states of the United Nations (since South Sudan, 2011), as ISO 3166-1 alpha-3 codes. */
final class UnMemberStates {

    static final Set<String> CODES = Set.of(
            "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE",
            "BDI", "BEL", "BEN", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN",
            "BTN", "BWA",
            "CAF", "CAN", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB", "CYP",
            "CZE",
            "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
            "ECU", "EGY", "ERI", "ESP", "EST", "ETH",
            "FIN", "FJI", "FRA", "FSM",
            "GAB", "GBR", "GEO", "GHA", "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY",
            "HND", "HRV", "HTI", "HUN",
            "IDN", "IND", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
            "JAM", "JOR", "JPN",
            "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT",
            "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA",
            "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MOZ", "MRT",
            "MUS", "MWI", "MYS",
            "NAM", "NER", "NGA", "NIC", "NLD", "NOR", "NPL", "NRU", "NZL",
            "OMN",
            "PAK", "PAN", "PER", "PHL", "PLW", "PNG", "POL", "PRK", "PRT", "PRY",
            "QAT",
            "ROU", "RUS", "RWA",
            "SAU", "SDN", "SEN", "SGP", "SLB", "SLE", "SLV", "SMR", "SOM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN",
            "SWE", "SWZ", "SYC", "SYR",
            "TCD", "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TZA",
            "UGA", "UKR", "URY", "USA", "UZB",
            "VCT", "VEN", "VNM", "VUT",
            "WSM",
            "YEM",
            "ZAF", "ZMB", "ZWE");

    private UnMemberStates() {
    }
}
