"""London boroughs, their policing and coronial geography, streets and open spaces.

Geography (as at the 2018-19 MPS restructure and the coronial areas in force at the
time of the seed documents):

* ``BCUS``: the 12 Basic Command Units. Each of the 32 boroughs sits in exactly one.
  The two-letter codes are the ones the MPS uses as BCU prefixes and in shoulder
  numbers (AW Central West, CN Central North, CE Central East, AS Central South,
  NW North West, NA North Area, NE North East, EA East Area, SE South East,
  SN South, SW South West, WA West Area).
* ``CORONIAL_DISTRICTS``: the 7 coroner areas the MPS serves (the City of London has
  its own coroner and police force and is left out). Inner West London covers
  Westminster, Kensington and Chelsea, Wandsworth and Merton; Inner South London
  covers Lambeth, Southwark, Lewisham and Greenwich; West London covers Ealing,
  Hammersmith and Fulham, Hillingdon, Hounslow, Kingston and Richmond; South London
  covers Bexley, Bromley, Croydon and Sutton.
* Postcode districts are real outward codes within (or mostly within) each borough.
* Streets, estates, stations and open spaces use real names where known, but the
  details (exact bounding streets, aliases) are plausible rather than surveyed: the
  corpus is fictional and only needs to read as London.

Note for generators: ``corpus.world.people.address`` takes the first word of an estate
name as a block name ("Gascoigne Estate" -> "Gascoigne House"), so every estate name
here starts with a distinctive word.

``DWELLINGS`` are ``str.format`` templates for address lines. Their named fields are:

* ``{n}``: a flat, house or room number (1-119);
* ``{n2}``: a building number on a street (1-39);
* ``{street}``: a street from the borough's ``streets``;
* ``{block}``: a one-word block name (first word of one of the borough's estates);
* ``{hostel}``: a one-word hostel name.

No other fields may appear in a template.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Borough:
    name: str
    bcu: str
    bcu_code: str
    coroner_district: str
    postcode_districts: tuple[str, ...]
    streets: tuple[str, ...]
    estates: tuple[str, ...]
    stations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OpenSpace:
    name: str
    kind: str  # one of OPEN_SPACE_KINDS
    borough: str
    bounding_streets: tuple[str, ...]  # each also in the borough's streets
    aliases: tuple[str, ...]  # other ways people describe the same place
    station_nearby: str | None  # one of the borough's stations, if within a short walk


CORONIAL_DISTRICTS: tuple[str, ...] = (
    "Inner North London",
    "Inner West London",
    "Inner South London",
    "East London",
    "North London",
    "South London",
    "West London",
)

BCUS: tuple[str, ...] = (
    "Central West",
    "Central North",
    "Central East",
    "Central South",
    "North West",
    "North Area",
    "North East",
    "East Area",
    "South East",
    "South",
    "South West",
    "West Area",
)

BCU_CODES: dict[str, str] = {
    "Central West": "AW",
    "Central North": "CN",
    "Central East": "CE",
    "Central South": "AS",
    "North West": "NW",
    "North Area": "NA",
    "North East": "NE",
    "East Area": "EA",
    "South East": "SE",
    "South": "SN",
    "South West": "SW",
    "West Area": "WA",
}

OPEN_SPACE_KINDS: tuple[str, ...] = (
    "park",
    "churchyard",
    "cemetery",
    "recreation_ground",
    "common",
    "towpath",
    "car_park",
    "alley",
    "garden",
)

DWELLING_FIELDS: tuple[str, ...] = ("n", "n2", "street", "block", "hostel")

DWELLINGS: tuple[str, ...] = (
    "{n} {street}",
    "{n2} {street}",
    "Flat {n}, {n2} {street}",
    "Flat {n}, {block} House",
    "Flat {n}, {block} House, {street}",
    "Flat {n}, {block} Court",
    "Flat {n}, {block} Court, {street}",
    "Flat {n}, {block} Tower",
    "Ground Floor Flat, {n2} {street}",
    "Basement Flat, {n2} {street}",
    "Room {n}, {hostel} Hostel",
    "Room {n}, {hostel} House, {street}",
    "{n2}A {street}",
)


def _t(items: str) -> tuple[str, ...]:
    """Split a comma-separated list into a tuple of stripped, non-empty items."""
    return tuple(item.strip() for item in items.split(",") if item.strip())


def _b(
    name: str, bcu: str, district: str, postcodes: str, streets: str, estates: str, stations: str
) -> Borough:
    return Borough(name, bcu, BCU_CODES[bcu], district, _t(postcodes), _t(streets), _t(estates), _t(stations))


def _o(name: str, kind: str, borough: str, bounding: str, aliases: str, station: str | None) -> OpenSpace:
    return OpenSpace(name, kind, borough, _t(bounding), _t(aliases), station)


BOROUGHS: tuple[Borough, ...] = (
    _b(
        "Barking and Dagenham",
        "East Area",
        "East London",
        "IG11, RM6, RM8, RM9, RM10",
        "Ripple Road, Gascoigne Road, North Street, Abbey Road, Cooke Street, Axe Street, Broad Street, "
        "Longbridge Road, Movers Lane, Lodge Avenue, Porters Avenue, Valence Avenue, Becontree Avenue, "
        "Oxlow Lane, Church Elm Lane, Rainham Road South, Wood Lane, Hedgemans Road, Bastable Avenue, "
        "Parsloes Avenue, Sheppey Road",
        "Gascoigne Estate, Thames View Estate, Marks Gate Estate, Becontree Estate",
        "Barking, Upney, Becontree, Dagenham Heathway, Dagenham East, Chadwell Heath",
    ),
    _b(
        "Barnet",
        "North West",
        "North London",
        "N2, N3, N11, N12, N20, NW4, NW7, NW9, NW11, EN4, EN5, HA8",
        "Ballards Lane, Regents Park Road, Hendon Lane, Brent Street, Bell Lane, Watford Way, "
        "Colindeep Lane, Dollis Road, Holders Hill Road, Woodhouse Road, Friern Barnet Lane, Nether Street, "
        "Long Lane, Church End, Sunningfields Road, Queens Road, Shirehall Lane, Watling Avenue, "
        "Abbots Road, Mays Lane, Burnt Oak Broadway, Station Road",
        "Grahame Park Estate, Dollis Valley Estate, Stonegrove Estate, Granville Road Estate",
        "Finchley Central, Hendon Central, Colindale, Burnt Oak, High Barnet, Mill Hill East, "
        "West Finchley, Golders Green",
    ),
    _b(
        "Bexley",
        "South East",
        "South London",
        "DA5, DA6, DA7, DA8, DA14, DA15, DA16, DA17, DA18, SE2",
        "Broadway, Pickford Lane, Mayplace Road East, Erith Road, Pier Road, Walnut Tree Road, Bexley Road, "
        "Avenue Road, Bellegrove Road, Blendon Road, Danson Road, Crook Log, Brampton Road, Lower Road, "
        "Woolwich Road, Burnt Oak Lane, Halfway Street, Hatherley Road, Station Road, Parkhurst Road, "
        "Church Road",
        "Larner Road Estate, Lesney Farm Estate, Arthur Street Estate",
        "Bexleyheath, Welling, Sidcup, Erith, Belvedere, Crayford, Barnehurst, Albany Park",
    ),
    _b(
        "Brent",
        "North West",
        "North London",
        "NW2, NW6, NW10, HA0, HA9",
        "Craven Park Road, Church Road, High Road, Willesden Lane, Walm Lane, Chamberlayne Road, "
        "Kilburn High Road, Ealing Road, Harrow Road, Wembley Hill Road, Neasden Lane, Dudden Hill Lane, "
        "Acton Lane, Tubbs Road, Brondesbury Park, Preston Road, Forty Lane, Longstone Avenue, "
        "Harlesden Road, Dollis Hill Lane, Anson Road, Park Lane, Harvist Road, Chevening Road",
        "Stonebridge Estate, Chalkhill Estate, Kilburn Square Estate, Church End Estate",
        "Wembley Central, Harlesden, Kilburn, Willesden Green, Neasden, Dollis Hill, Wembley Park, "
        "Queen's Park, Kensal Green",
    ),
    _b(
        "Bromley",
        "South",
        "South London",
        "BR1, BR2, BR3, BR4, BR5, BR6, BR7, SE20",
        "Widmore Road, Masons Hill, Tweedy Road, London Road, Beckenham Road, Croydon Road, "
        "Kelsey Park Road, Manor Road, Anerley Road, Thicket Road, Maple Road, Hayes Lane, Bromley Common, "
        "Crofton Road, Court Road, Sevenoaks Road, Chislehurst Road, Homesdale Road, Cray Avenue, "
        "Church Road, Glassmill Lane",
        "Mottingham Estate, Ramsden Estate, Cotmandene Estate",
        "Bromley South, Bromley North, Beckenham Junction, Orpington, Penge West, Anerley, Chislehurst, "
        "Petts Wood",
    ),
    _b(
        "Camden",
        "Central North",
        "Inner North London",
        "NW1, NW3, NW5, NW6, WC1H, WC1N, WC1X",
        "Camden Road, Kentish Town Road, Prince of Wales Road, Malden Road, Queen's Crescent, Agar Grove, "
        "Royal College Street, Eversholt Street, Chalton Street, Ossulston Street, Argyle Street, "
        "Judd Street, Hampstead Road, Fortess Road, Highgate Road, West End Lane, Fortune Green Road, "
        "Mill Lane, Belsize Road, Pancras Road, St Pancras Way, Camden Street, Pratt Street, Camley Street, "
        "Goods Way",
        "Ampthill Square Estate, Maiden Lane Estate, Regent's Park Estate, Alexandra Road Estate",
        "Camden Town, Kentish Town, Chalk Farm, Mornington Crescent, Euston, King's Cross St Pancras, "
        "West Hampstead, Belsize Park",
    ),
    _b(
        "Croydon",
        "South",
        "South London",
        "CR0, CR2, CR5, CR7, CR8, SE19, SE25, SW16",
        "London Road, Whitehorse Road, Mitcham Road, Brigstock Road, Thornton Road, Wellesley Road, "
        "Lower Addiscombe Road, Selhurst Road, Portland Road, Church Street, Old Palace Road, Brighton Road, "
        "Purley Way, Canterbury Road, Parchmore Road, Windmill Road, Tamworth Road, Cornwall Road, "
        "Waddon New Road, Katharine Street, Park Lane, Grange Road, Ross Road",
        "Regina Road Estate, Fieldway Estate, Monks Hill Estate, Shrublands Estate",
        "East Croydon, West Croydon, Norwood Junction, Thornton Heath, Selhurst, Purley, South Croydon, "
        "Waddon",
    ),
    _b(
        "Ealing",
        "West Area",
        "West London",
        "W3, W5, W7, W13, UB1, UB2, UB5, UB6",
        "Uxbridge Road, Northfield Avenue, South Ealing Road, Boston Road, Church Road, Greenford Road, "
        "Ruislip Road, South Road, Featherstone Road, Lady Margaret Road, Horn Lane, Churchfield Road, "
        "Bollo Lane, Mattock Lane, Lammas Park Road, Gunnersbury Avenue, East Acton Lane, Green Drive, "
        "Mandeville Road, Eastcote Lane",
        "Havelock Estate, Copley Close Estate, Acton Gardens Estate, Golf Links Estate",
        "Ealing Broadway, West Ealing, Acton Town, Southall, Hanwell, Northolt, Greenford, Acton Central",
    ),
    _b(
        "Enfield",
        "North Area",
        "North London",
        "EN1, EN2, EN3, N9, N13, N18, N21",
        "Hertford Road, Fore Street, Silver Street, Church Street, Southbury Road, Baker Street, "
        "Lancaster Road, Green Lanes, Windmill Hill, Chase Side, Bounces Road, Montagu Road, Ordnance Road, "
        "Durants Road, Turkey Street, Bury Street, Aldermans Hill, Firs Lane, Victoria Road, Cecil Road, "
        "Broomfield Lane",
        "Alma Estate, Shires Estate, Joyce Avenue Estate, Klinger Estate",
        "Enfield Town, Edmonton Green, Ponders End, Enfield Chase, Palmers Green, Southgate, Bush Hill Park, "
        "Silver Street",
    ),
    _b(
        "Greenwich",
        "South East",
        "Inner South London",
        "SE3, SE7, SE9, SE10, SE18, SE28",
        "Woolwich New Road, Powis Street, Thomas Street, Plumstead Road, Plumstead High Street, "
        "Burrage Road, Woolwich Road, Trafalgar Road, Royal Hill, Greenwich Church Street, Roan Street, "
        "Charlton Church Lane, Charlton Road, Cemetery Lane, Floyd Road, Well Hall Road, Westhorne Avenue, "
        "Shooters Hill Road, Herbert Road, Eglinton Hill, Wickham Lane, Lakedale Road, "
        "Plumstead Common Road",
        "Glyndon Estate, Morris Walk Estate, Connaught Estate, Barnfield Estate",
        "Woolwich Arsenal, Greenwich, Maze Hill, Charlton, Plumstead, Eltham, Abbey Wood, Westcombe Park",
    ),
    _b(
        "Hackney",
        "Central East",
        "Inner North London",
        "E2, E5, E8, E9, N1, N16",
        "Mare Street, Well Street, Morning Lane, Kingsland Road, Dalston Lane, Amhurst Road, "
        "Stoke Newington High Street, Stoke Newington Church Street, Lower Clapton Road, Chatsworth Road, "
        "Homerton High Street, Cassland Road, Richmond Road, Queensbridge Road, Hackney Road, "
        "Shacklewell Lane, Kenninghall Road, Upper Clapton Road, Downs Road, Evering Road, Rectory Road, "
        "Martello Street, Millfields Road, Sutton Place",
        "Pembury Estate, Nightingale Estate, Kingsmead Estate, Holly Street Estate, Frampton Park Estate",
        "Hackney Central, Hackney Downs, Dalston Kingsland, Dalston Junction, Homerton, London Fields, "
        "Clapton, Stoke Newington, Rectory Road, Haggerston",
    ),
    _b(
        "Hammersmith and Fulham",
        "Central West",
        "West London",
        "W6, W12, W14, SW6",
        "King Street, Fulham Palace Road, Lillie Road, North End Road, Goldhawk Road, Uxbridge Road, "
        "Askew Road, Shepherd's Bush Road, Dalling Road, Fulham Road, New King's Road, "
        "Wandsworth Bridge Road, Munster Road, Dawes Road, Wood Lane, Du Cane Road, Bloemfontein Road, "
        "Sawley Road, Talgarth Road, Paddenswick Road, Ravenscourt Road, Bishops Park Road",
        "Edward Woods Estate, Clem Attlee Estate, Wormholt Estate, Maystar Estate",
        "Hammersmith, Shepherd's Bush, Fulham Broadway, Parsons Green, Ravenscourt Park, Stamford Brook, "
        "White City, Putney Bridge, West Kensington",
    ),
    _b(
        "Haringey",
        "North Area",
        "North London",
        "N4, N8, N10, N15, N17, N22",
        "High Road, West Green Road, Philip Lane, Lordship Lane, Bruce Grove, Seven Sisters Road, "
        "Green Lanes, Wightman Road, Turnpike Lane, Park Road, Priory Road, Middle Lane, Tottenham Lane, "
        "Church Lane, Ferry Lane, White Hart Lane, Broadwater Road, Stroud Green Road, Colney Hatch Lane, "
        "Downhills Park Road, Mount Pleasant Road",
        "Broadwater Farm Estate, Northumberland Park Estate, Noel Park Estate, Tiverton Estate",
        "Seven Sisters, Tottenham Hale, Bruce Grove, White Hart Lane, Wood Green, Turnpike Lane, Hornsey, "
        "Harringay Green Lanes, Northumberland Park",
    ),
    _b(
        "Harrow",
        "North West",
        "North London",
        "HA1, HA2, HA3, HA5, HA7",
        "Station Road, Greenhill Way, Headstone Road, Pinner Road, Marsh Road, Kenton Road, Honeypot Lane, "
        "Whitchurch Lane, Donnefield Avenue, Northolt Road, Roxeth Hill, Rayners Lane, Alexandra Avenue, "
        "Uxbridge Road, Stanmore Hill, Christchurch Avenue, Byron Road, Locket Road, Pinner View, "
        "Headstone Lane, Brookshill, Old Redding",
        "Grange Farm Estate, Rayners Lane Estate, Mill Farm Estate",
        "Harrow-on-the-Hill, Harrow & Wealdstone, Kenton, Pinner, Stanmore, Rayners Lane, South Harrow, "
        "Canons Park, Headstone Lane, Queensbury",
    ),
    _b(
        "Havering",
        "East Area",
        "East London",
        "RM1, RM2, RM3, RM5, RM7, RM11, RM12, RM13, RM14",
        "South Street, North Street, Main Road, Victoria Road, Western Road, London Road, Rush Green Road, "
        "Hornchurch Road, Station Lane, Upminster Road, Hacton Lane, Rainham Road, Gubbins Lane, "
        "Straight Road, Collier Row Lane, Mawney Road, Ardleigh Green Road, Corbets Tey Road, "
        "St Mary's Lane, Upper Rainham Road, Parkside Avenue, Hyland Way, Wennington Road, Broadway",
        "Harold Hill Estate, Mardyke Estate, Waterloo Estate, Chippenham Estate",
        "Romford, Gidea Park, Upminster, Hornchurch, Elm Park, Rainham, Harold Wood, Emerson Park",
    ),
    _b(
        "Hillingdon",
        "West Area",
        "West London",
        "UB3, UB4, UB7, UB8, UB10, HA4, HA6",
        "Uxbridge Road, Park Road, Belmont Road, Cowley Road, Vine Street, Kingston Lane, Long Lane, "
        "Ryefield Avenue, Hayes End Road, Coldharbour Lane, Botwell Lane, Station Road, Dawley Road, "
        "Falling Lane, Harmondsworth Lane, Sipson Road, Victoria Road, Field End Road, West End Road, "
        "Bury Street, Joel Street, Pield Heath Road, Wood End Green Road, Church Road, Oxford Road, "
        "Iver Lane",
        "Townfield Estate, Willow Tree Estate, Cheshire Close Estate",
        "Uxbridge, Hayes & Harlington, West Drayton, Ruislip, Ruislip Manor, Hillingdon, Ickenham, "
        "Northwood, Eastcote",
    ),
    _b(
        "Hounslow",
        "West Area",
        "West London",
        "TW3, TW4, TW5, TW7, TW8, TW13, TW14, W4",
        "Bath Road, Staines Road, Hanworth Road, Lampton Road, Lampton Avenue, Kingsley Road, "
        "Great West Road, London Road, Twickenham Road, Chiswick High Road, Turnham Green Terrace, "
        "Sutton Court Road, Burlington Lane, Boston Manor Road, Hounslow Road, Bedfont Lane, "
        "Harlington Road West, Heston Road, Cranford Lane, Vicarage Farm Road, Spring Grove Road",
        "Beavers Estate, Ivybridge Estate, Brentford Towers Estate",
        "Hounslow, Hounslow Central, Hounslow East, Hounslow West, Isleworth, Brentford, Feltham, "
        "Chiswick Park, Turnham Green, Osterley, Syon Lane",
    ),
    _b(
        "Islington",
        "Central North",
        "Inner North London",
        "N1, N4, N5, N7, N19, EC1V, EC1R",
        "Holloway Road, Seven Sisters Road, Caledonian Road, Essex Road, Upper Street, Liverpool Road, "
        "Blackstock Road, Hornsey Road, Junction Road, Highbury New Park, St Paul's Road, Canonbury Road, "
        "Packington Street, New North Road, Pentonville Road, Copenhagen Street, Brecknock Road, "
        "Fonthill Road, Parkhurst Road, Highbury Crescent, Highbury Place, Market Road, Yerbury Road, "
        "Noel Road, Bride Street",
        "Andover Estate, Packington Estate, Harvist Estate, Elthorne Estate, Hillside Estate",
        "Highbury & Islington, Holloway Road, Caledonian Road, Archway, Angel, Finsbury Park, "
        "Upper Holloway, Essex Road, Canonbury",
    ),
    _b(
        "Kensington and Chelsea",
        "Central West",
        "Inner West London",
        "W8, W10, W11, SW3, SW5, SW7, SW10",
        "Ladbroke Grove, Portobello Road, Golborne Road, Lancaster Road, Elgin Crescent, Cambridge Gardens, "
        "Oxford Gardens, St Mark's Road, Latimer Road, Kensington High Street, Earl's Court Road, "
        "Old Brompton Road, Fulham Road, King's Road, Cromwell Road, Holland Park Avenue, Warwick Road, "
        "Lots Road, Cheyne Walk, Walton Street, Sloane Avenue, Harrow Road, Walmer Road, "
        "Avondale Park Road, Bosworth Road, Southern Row",
        "Silchester Estate, Wornington Green Estate, Edenham Estate, Cremorne Estate",
        "Ladbroke Grove, Latimer Road, Notting Hill Gate, High Street Kensington, Earl's Court, "
        "South Kensington, Gloucester Road, Holland Park, Sloane Square, West Brompton",
    ),
    _b(
        "Kingston upon Thames",
        "South West",
        "West London",
        "KT1, KT2, KT3, KT5, KT6, KT9",
        "London Road, Kingston Road, Cambridge Road, Penrhyn Road, Surbiton Road, Ewell Road, "
        "Richmond Road, Villiers Road, Hook Road, Malden Road, Burlington Road, Coombe Road, Kings Road, "
        "Canbury Park Road, Lower Ham Road, Park Road, Alexandra Drive, Brighton Road, Claremont Road, "
        "Portsmouth Road, Palace Road, Fairfield Road, Fairfield South, Bonner Hill Road",
        "Cambridge Road Estate, Kingsnympton Park Estate, Alpha Road Estate",
        "Kingston, Surbiton, New Malden, Norbiton, Tolworth, Berrylands, Chessington North",
    ),
    _b(
        "Lambeth",
        "Central South",
        "Inner South London",
        "SE1, SE11, SE24, SE27, SW2, SW4, SW8, SW9, SW16",
        "Brixton Road, Coldharbour Lane, Acre Lane, Brixton Hill, Effra Road, Railton Road, Stockwell Road, "
        "Clapham Road, South Lambeth Road, Wandsworth Road, Kennington Lane, Kennington Road, "
        "Kennington Park Road, Lambeth Walk, Black Prince Road, Tulse Hill, Norwood Road, Dulwich Road, "
        "Knights Hill, Streatham High Road, Streatham Common North, Loughborough Road, Landor Road, "
        "Ferndale Road, Lansdowne Way, Knatchbull Road, Cormont Road, Fentiman Road",
        "Angell Town Estate, Loughborough Estate, Stockwell Park Estate, Cressingham Gardens Estate, "
        "Tulse Hill Estate",
        "Brixton, Stockwell, Vauxhall, Clapham North, Clapham High Street, Oval, Kennington, Herne Hill, "
        "Tulse Hill, West Norwood, Streatham, Loughborough Junction, Lambeth North",
    ),
    _b(
        "Lewisham",
        "South East",
        "Inner South London",
        "SE4, SE6, SE8, SE12, SE13, SE14, SE23, SE26",
        "Lewisham High Street, Lee High Road, Loampit Vale, Rushey Green, Catford Road, Bromley Road, "
        "Brockley Road, Lewisham Way, New Cross Road, Deptford High Street, Evelyn Street, Grove Street, "
        "Stanstead Road, Perry Vale, Sydenham Road, Kirkdale, Ladywell Road, Hither Green Lane, "
        "Burnt Ash Hill, Baring Road, Malpas Road, Brockley Grove, Vicars Hill, Hilly Fields Crescent, "
        "Stainton Road, Laleham Road, Crossfield Street",
        "Pepys Estate, Milton Court Estate, Crossfield Estate, Excalibur Estate, Downham Estate",
        "Lewisham, Catford, Catford Bridge, Ladywell, Brockley, New Cross, New Cross Gate, Deptford, "
        "Hither Green, Forest Hill, Sydenham, Lee",
    ),
    _b(
        "Merton",
        "South West",
        "Inner West London",
        "SW19, SW20, CR4, SM4",
        "London Road, Western Road, Commonside East, Croydon Road, Morden Road, Morden Hall Road, "
        "Merton High Street, Kingston Road, Haydons Road, Quicks Road, Hartfield Road, Worple Road, "
        "Durham Road, Alexandra Road, Gladstone Road, Lower Green West, Streatham Road, Central Road, "
        "Green Lane, Christchurch Road, Cricket Green",
        "Pollards Hill Estate, Eastfields Estate, Ravensbury Estate, Phipps Bridge Estate",
        "Wimbledon, Mitcham Junction, Morden, Colliers Wood, South Wimbledon, Mitcham Eastfields, "
        "Haydons Road, Raynes Park",
    ),
    _b(
        "Newham",
        "North East",
        "East London",
        "E6, E7, E12, E13, E15, E16",
        "Romford Road, Barking Road, Green Street, High Street North, High Street South, Plashet Grove, "
        "Katherine Road, Stratford High Street, The Broadway, Leytonstone Road, Water Lane, West Ham Lane, "
        "Plaistow Road, Balaam Street, Prince Regent Lane, Freemasons Road, Woodgrange Road, Forest Lane, "
        "Upton Lane, Portway, Browning Road, Little Ilford Lane, Rancliffe Road, Memorial Avenue, "
        "Manor Road",
        "Carpenters Estate, Keir Hardie Estate, Brooks Estate, Chandos East Estate",
        "Stratford, West Ham, Plaistow, Upton Park, East Ham, Forest Gate, Manor Park, Canning Town, "
        "Custom House, Maryland",
    ),
    _b(
        "Redbridge",
        "East Area",
        "East London",
        "IG1, IG2, IG3, IG4, IG5, IG6, IG8, E11, E18",
        "Ilford Lane, Cranbrook Road, High Road, Green Lane, Ley Street, George Lane, Eastern Avenue, "
        "Clayhall Avenue, Fencepiece Road, Tanners Lane, Horns Road, Loxford Lane, Kingston Road, "
        "Goodmayes Road, Goodmayes Lane, Mayfair Avenue, Coventry Road, Emerson Road, South Park Drive, "
        "Aldborough Road South, Northumberland Avenue, Warren Road",
        "Hainault Estate, Tiptree Estate, Orchard Estate",
        "Ilford, Seven Kings, Goodmayes, Gants Hill, Barkingside, Newbury Park, Wanstead, Redbridge, "
        "South Woodford, Hainault",
    ),
    _b(
        "Richmond upon Thames",
        "South West",
        "West London",
        "TW1, TW2, TW9, TW10, TW11, TW12, SW13, SW14",
        "Sheen Road, Lower Mortlake Road, Kew Road, Richmond Road, King Street, Heath Road, Whitton Road, "
        "Hampton Road, Station Road, Castelnau, Church Road, Upper Richmond Road West, Sheen Lane, "
        "Mortlake High Street, Paradise Road, Waldegrave Road, Stanley Road, Broad Street, "
        "Twickenham Road, Rocks Lane, Montpelier Row, Petersham Road, River Lane, Hospital Bridge Road",
        "Mortlake Green Estate, Castelnau Estate, Heathfield Estate",
        "Richmond, Twickenham, Teddington, Hampton, Barnes, Mortlake, North Sheen, Kew Gardens, Whitton, "
        "Strawberry Hill, St Margarets",
    ),
    _b(
        "Southwark",
        "Central South",
        "Inner South London",
        "SE1, SE5, SE15, SE16, SE17, SE21, SE22",
        "Walworth Road, Old Kent Road, East Street, Camberwell Road, Camberwell New Road, "
        "Camberwell Church Street, Denmark Hill, Peckham High Street, Rye Lane, Queens Road, Peckham Road, "
        "Peckham Rye, Bellenden Road, Lordship Lane, East Dulwich Road, Jamaica Road, Lower Road, "
        "Southwark Park Road, Hawkstone Road, Tower Bridge Road, Borough High Street, Long Lane, "
        "Great Dover Street, Albany Road, Wells Way, Commercial Way, Linden Grove, Limesford Road",
        "Aylesbury Estate, Brandon Estate, Tustin Estate, Kingswood Estate, Rockingham Estate",
        "Peckham Rye, Queens Road Peckham, Denmark Hill, Elephant & Castle, Borough, London Bridge, "
        "Bermondsey, Canada Water, Rotherhithe, East Dulwich, Nunhead, Surrey Quays",
    ),
    _b(
        "Sutton",
        "South",
        "South London",
        "SM1, SM2, SM3, SM5, SM6",
        "Carshalton Road, Mulgrave Road, Throwley Way, Cheam Road, Benhill Avenue, Angel Hill, "
        "Collingwood Road, Stafford Road, Westmead Road, Ruskin Road, Woodcote Road, Wrythe Lane, "
        "Green Wrythe Lane, Middleton Road, Stonecot Hill, Sutton Common Road, Gander Green Lane, "
        "Beddington Lane, Mill Lane, North Street, Rose Hill, Church Road, Croydon Road",
        "Roundshaw Estate, Chaucer Estate, Benhill Estate, Sutton Court Estate",
        "Sutton, Carshalton, Wallington, Cheam, Hackbridge, St Helier, Sutton Common, Carshalton Beeches",
    ),
    _b(
        "Tower Hamlets",
        "Central East",
        "Inner North London",
        "E1, E1W, E2, E3, E14",
        "Whitechapel Road, Commercial Road, Commercial Street, Brick Lane, Cable Street, Mile End Road, "
        "Bow Road, Roman Road, Burdett Road, Bethnal Green Road, Cambridge Heath Road, Globe Road, "
        "Old Ford Road, Grove Road, East India Dock Road, West Ferry Road, Manchester Road, Chrisp Street, "
        "Devons Road, St Paul's Way, Watney Street, Hanbury Street, Vallance Road, Columbia Road, "
        "Stepney Way, Stepney High Street, Adler Street, Southern Grove, Hamlets Way, Saunders Ness Road",
        "Ocean Estate, Boundary Estate, Teviot Estate, Lansbury Estate, Chicksand Estate, Berner Estate",
        "Whitechapel, Aldgate East, Stepney Green, Mile End, Bow Road, Bethnal Green, Shadwell, Limehouse, "
        "Poplar, Bromley-by-Bow, Bow Church, Cambridge Heath, All Saints, Devons Road, Island Gardens",
    ),
    _b(
        "Waltham Forest",
        "North East",
        "East London",
        "E4, E10, E11, E17",
        "Hoe Street, Lea Bridge Road, Forest Road, Blackhorse Road, Markhouse Road, Wood Street, "
        "High Road Leyton, High Road Leytonstone, Francis Road, Grove Green Road, Chingford Road, "
        "Chingford Mount Road, Hale End Road, Larkshall Road, Fulbourne Road, Billet Road, "
        "St James Street, Coppermill Lane, Winns Terrace, Marsh Lane, Seymour Road, Church Hill, "
        "Orford Road, Langthorne Road",
        "Cathall Road Estate, Marlowe Road Estate, Beaumont Estate, Chingford Hall Estate, "
        "Priory Court Estate",
        "Walthamstow Central, Walthamstow Queen's Road, Blackhorse Road, Leyton, Leytonstone, "
        "Leyton Midland Road, Chingford, Highams Park, Wood Street, St James Street",
    ),
    _b(
        "Wandsworth",
        "South West",
        "Inner West London",
        "SW11, SW12, SW15, SW17, SW18",
        "Battersea Park Road, York Road, Falcon Road, Lavender Hill, St John's Hill, Northcote Road, "
        "Garratt Lane, Wandsworth High Street, Upper Richmond Road, Putney High Street, "
        "Lower Richmond Road, Tooting High Street, Upper Tooting Road, Balham High Road, Trinity Road, "
        "Bellevue Road, Roehampton Lane, Danebury Avenue, Plough Road, Tooting Bec Road, Bedford Hill, "
        "Burntwood Lane, Albert Bridge Road, Prince of Wales Drive, Buckhold Road, Merton Road, "
        "Falcon Grove",
        "Winstanley Estate, Doddington Estate, Patmore Estate, Alton Estate, Ashburton Estate",
        "Clapham Junction, Wandsworth Town, Wandsworth Common, Putney, East Putney, Tooting Bec, "
        "Tooting Broadway, Balham, Battersea Park, Earlsfield, Southfields, Queenstown Road",
    ),
    _b(
        "Westminster",
        "Central West",
        "Inner West London",
        "W2, W9, NW8, SW1P, SW1V, W1H, W1U, W1D, WC2N",
        "Harrow Road, Edgware Road, Church Street, Lisson Grove, Bell Street, Shirland Road, Elgin Avenue, "
        "Westbourne Grove, Queensway, Praed Street, Marylebone Road, Warwick Way, Belgrave Road, "
        "Vauxhall Bridge Road, Horseferry Road, Strand, Charing Cross Road, Berwick Street, Lupus Street, "
        "Tachbrook Street, Porchester Road, Great Western Road, Fernhead Road, Third Avenue, "
        "Wellington Road, St John's Wood High Street, Randolph Avenue, Castellain Road, "
        "St George's Drive, Soho Street, Greek Street, Villiers Street",
        "Lisson Green Estate, Mozart Estate, Warwick Estate, Churchill Gardens Estate, "
        "Lillington Gardens Estate, Tachbrook Estate",
        "Paddington, Edgware Road, Marylebone, Victoria, Pimlico, Westbourne Park, Royal Oak, "
        "Warwick Avenue, Maida Vale, Charing Cross, Leicester Square, Queensway, Bayswater",
    ),
)

OPEN_SPACES: tuple[OpenSpace, ...] = (
    # Barking and Dagenham
    _o(
        "St Margaret's Churchyard",
        "churchyard",
        "Barking and Dagenham",
        "North Street, Abbey Road",
        "the churchyard by North Street, St Margaret's church grounds, the old churchyard in Barking",
        "Barking",
    ),
    _o(
        "Abbey Green",
        "park",
        "Barking and Dagenham",
        "Abbey Road, Broad Street",
        "the green behind Abbey Road, the abbey ruins, land off Broad Street",
        "Barking",
    ),
    _o(
        "Mayesbrook Park",
        "park",
        "Barking and Dagenham",
        "Lodge Avenue, Longbridge Road",
        "Mayesbrook, the lakes off Lodge Avenue, the park by Longbridge Road",
        "Upney",
    ),
    _o(
        "Parsloes Park",
        "park",
        "Barking and Dagenham",
        "Parsloes Avenue, Porters Avenue",
        "Parsloes, the park off Porters Avenue, the big field by Parsloes Avenue",
        "Becontree",
    ),
    _o(
        "Cooke Street alleyway",
        "alley",
        "Barking and Dagenham",
        "Cooke Street, Axe Street",
        "the cut-through off Cooke Street, the alley behind Axe Street, land off Cooke Street",
        "Barking",
    ),
    # Barnet
    _o(
        "Victoria Park",
        "park",
        "Barnet",
        "Ballards Lane, Long Lane",
        "Vic Park in Finchley, the park off Ballards Lane, the bowling green by Long Lane",
        "Finchley Central",
    ),
    _o(
        "Sunny Hill Park",
        "park",
        "Barnet",
        "Church End, Sunningfields Road",
        "Sunny Hill, the hill behind Church End, the fields off Sunningfields Road",
        "Hendon Central",
    ),
    _o(
        "Hendon Park",
        "park",
        "Barnet",
        "Queens Road, Shirehall Lane",
        "the park by Hendon Central, the green off Queens Road, the rec on Shirehall Lane",
        "Hendon Central",
    ),
    _o(
        "Watling Park",
        "park",
        "Barnet",
        "Watling Avenue, Abbots Road",
        "the park off Watling Avenue, the Burnt Oak park, the brook by Abbots Road",
        "Burnt Oak",
    ),
    # Bexley
    _o(
        "Danson Park",
        "park",
        "Bexley",
        "Danson Road, Crook Log",
        "Danson, the lake by Danson Road, the park off Crook Log",
        "Bexleyheath",
    ),
    _o(
        "Riverside Gardens",
        "garden",
        "Bexley",
        "Pier Road, Walnut Tree Road",
        "the gardens by Erith pier, the riverside off Pier Road, the green by Walnut Tree Road",
        "Erith",
    ),
    _o(
        "Lamorbey Park",
        "park",
        "Bexley",
        "Burnt Oak Lane, Halfway Street",
        "the park by the lake in Sidcup, the grounds off Burnt Oak Lane, Lamorbey",
        "Sidcup",
    ),
    _o(
        "Belvedere Recreation Ground",
        "recreation_ground",
        "Bexley",
        "Lower Road, Woolwich Road",
        "the rec in Belvedere, the field off Lower Road, the playing field by Woolwich Road",
        "Belvedere",
    ),
    # Brent
    _o(
        "Roundwood Park",
        "park",
        "Brent",
        "Longstone Avenue, Harlesden Road",
        "Roundwood, the park on the hill off Harlesden Road, the park by Longstone Avenue",
        None,
    ),
    _o(
        "Gladstone Park",
        "park",
        "Brent",
        "Dollis Hill Lane, Anson Road",
        "Gladstone, the park off Anson Road, the fields by Dollis Hill Lane",
        "Dollis Hill",
    ),
    _o(
        "King Edward VII Park",
        "park",
        "Brent",
        "Park Lane, Harrow Road",
        "King Eddie's park, the park off Park Lane in Wembley, the rec by Harrow Road",
        "Wembley Central",
    ),
    _o(
        "Queen's Park",
        "park",
        "Brent",
        "Harvist Road, Chevening Road",
        "the park off Harvist Road, the park by Chevening Road, Queen's Park gardens",
        "Queen's Park",
    ),
    # Bromley
    _o(
        "Church House Gardens",
        "garden",
        "Bromley",
        "Church Road, Glassmill Lane",
        "the gardens behind the library, the park off Glassmill Lane, the lake by Church Road",
        "Bromley North",
    ),
    _o(
        "Kelsey Park",
        "park",
        "Bromley",
        "Kelsey Park Road, Manor Road",
        "Kelsey, the lake off Manor Road, the park by Kelsey Park Road",
        "Beckenham Junction",
    ),
    _o(
        "Norman Park",
        "park",
        "Bromley",
        "Hayes Lane, Bromley Common",
        "the playing fields off Hayes Lane, the park by Bromley Common, Norman",
        None,
    ),
    _o(
        "Crystal Palace Park",
        "park",
        "Bromley",
        "Anerley Road, Thicket Road",
        "the dinosaur park, the park off Thicket Road, the park by Anerley Road",
        "Penge West",
    ),
    # Camden
    _o(
        "St Pancras Gardens",
        "garden",
        "Camden",
        "Pancras Road, St Pancras Way",
        "Old St Pancras churchyard, the gardens off Pancras Road, the churchyard by St Pancras Way",
        "King's Cross St Pancras",
    ),
    _o(
        "Cantelowes Gardens",
        "garden",
        "Camden",
        "Camden Road, Agar Grove",
        "the skate park off Camden Road, the gardens by Agar Grove, Cantelowes",
        "Camden Town",
    ),
    _o(
        "St Martin's Gardens",
        "garden",
        "Camden",
        "Camden Street, Pratt Street",
        "the old burial ground off Pratt Street, the gardens on Camden Street, St Martin's",
        "Camden Town",
    ),
    _o(
        "Regent's Canal towpath at Camley Street",
        "towpath",
        "Camden",
        "Camley Street, Goods Way",
        "the canal by Camley Street, the towpath behind Goods Way, the canal path by King's Cross",
        "King's Cross St Pancras",
    ),
    _o(
        "Fortune Green",
        "common",
        "Camden",
        "Fortune Green Road, Mill Lane",
        "the green off Mill Lane, the green by Fortune Green Road, the play area at Fortune Green",
        "West Hampstead",
    ),
    # Croydon
    _o(
        "Wandle Park",
        "park",
        "Croydon",
        "Cornwall Road, Waddon New Road",
        "the park off Cornwall Road, the river park by Waddon New Road, Wandle",
        "Waddon",
    ),
    _o(
        "Queen's Gardens",
        "garden",
        "Croydon",
        "Katharine Street, Park Lane",
        "the gardens by the town hall, the sunken gardens off Park Lane, the gardens on Katharine Street",
        "East Croydon",
    ),
    _o(
        "Grangewood Park",
        "park",
        "Croydon",
        "Grange Road, Ross Road",
        "Grangewood, the woods off Grange Road, the park by Ross Road",
        "Thornton Heath",
    ),
    _o(
        "Croydon Minster churchyard",
        "churchyard",
        "Croydon",
        "Church Street, Old Palace Road",
        "the churchyard by Church Street, the Minster grounds, the churchyard off Old Palace Road",
        "West Croydon",
    ),
    # Ealing
    _o(
        "Walpole Park",
        "park",
        "Ealing",
        "Mattock Lane, Lammas Park Road",
        "Walpole, the park off Mattock Lane, the park by Lammas Park Road",
        "Ealing Broadway",
    ),
    _o(
        "Ealing Common",
        "common",
        "Ealing",
        "Uxbridge Road, Gunnersbury Avenue",
        "the common, the green by Gunnersbury Avenue, the open ground off Uxbridge Road",
        "Ealing Broadway",
    ),
    _o(
        "Acton Park",
        "park",
        "Ealing",
        "Uxbridge Road, East Acton Lane",
        "the park off East Acton Lane, the Acton rec, the park by Uxbridge Road",
        "Acton Central",
    ),
    _o(
        "Southall Park",
        "park",
        "Ealing",
        "Uxbridge Road, Green Drive",
        "the park in Southall, the green off Green Drive, the park by Uxbridge Road",
        "Southall",
    ),
    # Enfield
    _o(
        "Pymmes Park",
        "park",
        "Enfield",
        "Victoria Road, Silver Street",
        "Pymmes, the lake off Victoria Road, the park by Silver Street",
        "Silver Street",
    ),
    _o(
        "Town Park",
        "park",
        "Enfield",
        "Cecil Road, Windmill Hill",
        "the park behind the town, the park off Cecil Road, the park by Windmill Hill",
        "Enfield Town",
    ),
    _o(
        "Broomfield Park",
        "park",
        "Enfield",
        "Aldermans Hill, Broomfield Lane",
        "Broomfield, the park off Aldermans Hill, the ponds by Broomfield Lane",
        "Palmers Green",
    ),
    _o(
        "Church Street car park",
        "car_park",
        "Enfield",
        "Church Street, Cecil Road",
        "the car park behind Church Street, the multi-storey off Cecil Road, the council car park",
        "Enfield Town",
    ),
    # Greenwich
    _o(
        "Charlton Park",
        "park",
        "Greenwich",
        "Charlton Road, Cemetery Lane",
        "the park by Charlton House, the fields off Cemetery Lane, the park on Charlton Road",
        "Charlton",
    ),
    _o(
        "Plumstead Common",
        "common",
        "Greenwich",
        "Plumstead Common Road, Lakedale Road",
        "the common, the open land off Plumstead Common Road, the common by Lakedale Road",
        "Plumstead",
    ),
    _o(
        "St Alfege Park",
        "churchyard",
        "Greenwich",
        "Greenwich Church Street, Roan Street",
        "the churchyard behind St Alfege, the park off Roan Street, the garden by Greenwich Church Street",
        "Greenwich",
    ),
    _o(
        "General Gordon Square",
        "garden",
        "Greenwich",
        "Thomas Street, Powis Street",
        "the square in Woolwich, the square by Powis Street, the grass off Thomas Street",
        "Woolwich Arsenal",
    ),
    # Hackney
    _o(
        "St John at Hackney Churchyard",
        "churchyard",
        "Hackney",
        "Mare Street, Sutton Place",
        "the churchyard by Mare Street, St John's gardens, the church grounds off Sutton Place",
        "Hackney Central",
    ),
    _o(
        "Hackney Downs",
        "park",
        "Hackney",
        "Downs Road, Amhurst Road",
        "the Downs, the park off Downs Road, the green by Amhurst Road",
        "Hackney Downs",
    ),
    _o(
        "London Fields",
        "park",
        "Hackney",
        "Richmond Road, Martello Street",
        "the Fields, the park off Martello Street, the park by Richmond Road",
        "London Fields",
    ),
    _o(
        "Abney Park Cemetery",
        "cemetery",
        "Hackney",
        "Stoke Newington High Street, Stoke Newington Church Street",
        "Abney Park, the old cemetery in Stokey, the cemetery off Stoke Newington Church Street",
        "Stoke Newington",
    ),
    _o(
        "Millfields Park",
        "park",
        "Hackney",
        "Chatsworth Road, Millfields Road",
        "Millfields, the park off Chatsworth Road, the marsh side of Millfields Road",
        "Clapton",
    ),
    # Hammersmith and Fulham
    _o(
        "Ravenscourt Park",
        "park",
        "Hammersmith and Fulham",
        "Paddenswick Road, Ravenscourt Road",
        "Ravenscourt, the park off Paddenswick Road, the pond by Ravenscourt Road",
        "Ravenscourt Park",
    ),
    _o(
        "Bishops Park",
        "park",
        "Hammersmith and Fulham",
        "Fulham Palace Road, Bishops Park Road",
        "the riverside park in Fulham, the park off Bishops Park Road, the gardens by Fulham Palace",
        "Putney Bridge",
    ),
    _o(
        "Shepherd's Bush Green",
        "common",
        "Hammersmith and Fulham",
        "Uxbridge Road, Goldhawk Road",
        "the Green, the green by the market, the grass between Uxbridge Road and Goldhawk Road",
        "Shepherd's Bush",
    ),
    _o(
        "Wormholt Park",
        "park",
        "Hammersmith and Fulham",
        "Bloemfontein Road, Sawley Road",
        "Wormholt, the park off Bloemfontein Road, the park by Sawley Road",
        "White City",
    ),
    # Haringey
    _o(
        "Bruce Castle Park",
        "park",
        "Haringey",
        "Lordship Lane, Church Lane",
        "the park by Bruce Castle, the park off Church Lane, the grounds on Lordship Lane",
        "Bruce Grove",
    ),
    _o(
        "Lordship Recreation Ground",
        "recreation_ground",
        "Haringey",
        "Lordship Lane, Broadwater Road",
        "the Lordship Rec, the rec by Broadwater Farm, the field off Broadwater Road",
        None,
    ),
    _o(
        "Finsbury Park",
        "park",
        "Haringey",
        "Seven Sisters Road, Green Lanes",
        "the big park off Seven Sisters Road, the park by Green Lanes, the boating lake",
        None,
    ),
    _o(
        "Downhills Park",
        "park",
        "Haringey",
        "Downhills Park Road, Philip Lane",
        "Downhills, the park off Philip Lane, the park by Downhills Park Road",
        "Seven Sisters",
    ),
    _o(
        "Priory Park",
        "park",
        "Haringey",
        "Priory Road, Middle Lane",
        "the park off Middle Lane, the paddling pool park by Priory Road, Priory",
        "Hornsey",
    ),
    # Harrow
    _o(
        "Headstone Manor Park",
        "park",
        "Harrow",
        "Pinner View, Headstone Lane",
        "Headstone Manor, the rec off Pinner View, the moat by Headstone Lane",
        "Headstone Lane",
    ),
    _o(
        "Byron Recreation Ground",
        "recreation_ground",
        "Harrow",
        "Christchurch Avenue, Byron Road",
        "Byron rec, the field off Christchurch Avenue, the park by Byron Road",
        "Harrow & Wealdstone",
    ),
    _o(
        "Canons Park",
        "park",
        "Harrow",
        "Whitchurch Lane, Donnefield Avenue",
        "the park off Whitchurch Lane, the gardens by Donnefield Avenue, Canons",
        "Canons Park",
    ),
    _o(
        "Harrow Weald Common",
        "common",
        "Harrow",
        "Brookshill, Old Redding",
        "the common up Brookshill, the woods off Old Redding, the Weald",
        None,
    ),
    # Havering
    _o(
        "Raphael Park",
        "park",
        "Havering",
        "Main Road, Parkside Avenue",
        "Raphael's, the lake off Main Road, the park by Parkside Avenue",
        "Gidea Park",
    ),
    _o(
        "Harrow Lodge Park",
        "park",
        "Havering",
        "Hornchurch Road, Hyland Way",
        "Harrow Lodge, the park off Hornchurch Road, the lake by Hyland Way",
        None,
    ),
    _o(
        "Upminster Park",
        "park",
        "Havering",
        "Corbets Tey Road, St Mary's Lane",
        "the park in Upminster, the field off Corbets Tey Road, the park by St Mary's Lane",
        "Upminster",
    ),
    _o(
        "South Street alley",
        "alley",
        "Havering",
        "South Street, Western Road",
        "the alley behind South Street, the cut-through to Western Road, the service road off South Street",
        "Romford",
    ),
    # Hillingdon
    _o(
        "Barra Hall Park",
        "park",
        "Hillingdon",
        "Wood End Green Road, Church Road",
        "Barra Hall, the park off Wood End Green Road, the gardens by Church Road",
        None,
    ),
    _o(
        "Lake Farm Country Park",
        "park",
        "Hillingdon",
        "Dawley Road, Botwell Lane",
        "Lake Farm, the fields off Dawley Road, the country park by Botwell Lane",
        "Hayes & Harlington",
    ),
    _o(
        "Fassnidge Park",
        "park",
        "Hillingdon",
        "Oxford Road, Cowley Road",
        "Fassnidge, the park off Oxford Road, the river park by Cowley Road",
        "Uxbridge",
    ),
    _o(
        "Grand Union Canal towpath at Cowley",
        "towpath",
        "Hillingdon",
        "Iver Lane, Cowley Road",
        "the canal at Cowley, the towpath off Iver Lane, the canal path by Cowley Road",
        None,
    ),
    # Hounslow
    _o(
        "Lampton Park",
        "park",
        "Hounslow",
        "Lampton Road, Lampton Avenue",
        "Lampton, the park behind the civic centre, the park off Lampton Avenue",
        "Hounslow Central",
    ),
    _o(
        "Turnham Green",
        "common",
        "Hounslow",
        "Chiswick High Road, Turnham Green Terrace",
        "the green by the Chiswick church, the grass off Turnham Green Terrace, the green on the High Road",
        "Turnham Green",
    ),
    _o(
        "Hounslow Heath",
        "common",
        "Hounslow",
        "Staines Road, Hanworth Road",
        "the Heath, the open land off Staines Road, the heath by Hanworth Road",
        "Hounslow West",
    ),
    _o(
        "Boston Manor Park",
        "park",
        "Hounslow",
        "Boston Manor Road, Great West Road",
        "Boston Manor, the park off Boston Manor Road, the park under the motorway",
        "Brentford",
    ),
    # Islington
    _o(
        "Highbury Fields",
        "park",
        "Islington",
        "Highbury Crescent, Highbury Place",
        "the Fields, the park off Highbury Crescent, the green by Highbury Place",
        "Highbury & Islington",
    ),
    _o(
        "Caledonian Park",
        "park",
        "Islington",
        "Market Road, Caledonian Road",
        "the clock tower park, the park off Market Road, Cally Park",
        "Caledonian Road",
    ),
    _o(
        "Whittington Park",
        "park",
        "Islington",
        "Holloway Road, Yerbury Road",
        "Whittington, the park off Yerbury Road, the park by Holloway Road",
        "Upper Holloway",
    ),
    _o(
        "St Mary Magdalene Gardens",
        "churchyard",
        "Islington",
        "Holloway Road, Liverpool Road, Bride Street",
        "the churchyard on Holloway Road, the gardens off Liverpool Road, St Mary Mag's",
        "Holloway Road",
    ),
    _o(
        "Regent's Canal towpath at Noel Road",
        "towpath",
        "Islington",
        "Noel Road, New North Road",
        "the canal off Noel Road, the towpath by the Islington tunnel, the canal by New North Road",
        "Angel",
    ),
    # Kensington and Chelsea
    _o(
        "Avondale Park",
        "park",
        "Kensington and Chelsea",
        "Walmer Road, Avondale Park Road",
        "Avondale, the park off Walmer Road, the park by Avondale Park Road",
        "Latimer Road",
    ),
    _o(
        "Emslie Horniman's Pleasance",
        "garden",
        "Kensington and Chelsea",
        "Bosworth Road, Southern Row",
        "the Pleasance, the gardens off Bosworth Road, the park by Southern Row",
        "Ladbroke Grove",
    ),
    _o(
        "Brompton Cemetery",
        "cemetery",
        "Kensington and Chelsea",
        "Old Brompton Road, Fulham Road",
        "the cemetery off Old Brompton Road, the cemetery by Fulham Road, Brompton",
        "West Brompton",
    ),
    _o(
        "Cremorne Gardens",
        "garden",
        "Kensington and Chelsea",
        "Lots Road, Cheyne Walk",
        "the riverside gardens off Lots Road, the gardens by Cheyne Walk, Cremorne",
        None,
    ),
    # Kingston upon Thames
    _o(
        "Canbury Gardens",
        "garden",
        "Kingston upon Thames",
        "Lower Ham Road, Canbury Park Road",
        "Canbury, the riverside off Lower Ham Road, the gardens by the river in Kingston",
        "Kingston",
    ),
    _o(
        "Fairfield Recreation Ground",
        "recreation_ground",
        "Kingston upon Thames",
        "Fairfield Road, Fairfield South",
        "the Fairfield, the rec off Fairfield Road, the field by Fairfield South",
        "Kingston",
    ),
    _o(
        "Queen's Promenade towpath",
        "towpath",
        "Kingston upon Thames",
        "Portsmouth Road, Palace Road",
        "the riverside walk off Portsmouth Road, the towpath by Palace Road, Queen's Prom",
        None,
    ),
    _o(
        "Kingston Cemetery",
        "cemetery",
        "Kingston upon Thames",
        "Bonner Hill Road, Cambridge Road",
        "the cemetery off Bonner Hill Road, the cemetery by Cambridge Road, Bonner Hill cemetery",
        "Norbiton",
    ),
    # Lambeth
    _o(
        "Brockwell Park",
        "park",
        "Lambeth",
        "Norwood Road, Dulwich Road",
        "Brockwell, the park off Dulwich Road, the lido park by Norwood Road",
        "Herne Hill",
    ),
    _o(
        "Kennington Park",
        "park",
        "Lambeth",
        "Kennington Park Road, Kennington Road",
        "the park off Kennington Park Road, the park by Kennington Road, Kennington",
        "Oval",
    ),
    _o(
        "Myatt's Fields Park",
        "park",
        "Lambeth",
        "Knatchbull Road, Cormont Road",
        "Myatt's Fields, the park off Knatchbull Road, the park by Cormont Road",
        None,
    ),
    _o(
        "Vauxhall Park",
        "park",
        "Lambeth",
        "South Lambeth Road, Fentiman Road",
        "the park off South Lambeth Road, the park by Fentiman Road, Vauxhall",
        "Vauxhall",
    ),
    _o(
        "Streatham Common",
        "common",
        "Lambeth",
        "Streatham Common North, Streatham High Road",
        "the common, the common off Streatham High Road, the open land by Streatham Common North",
        "Streatham",
    ),
    # Lewisham
    _o(
        "Hilly Fields",
        "park",
        "Lewisham",
        "Vicars Hill, Hilly Fields Crescent",
        "the Fields, the hill off Vicars Hill, the park by Hilly Fields Crescent",
        "Ladywell",
    ),
    _o(
        "Ladywell Fields",
        "park",
        "Lewisham",
        "Ladywell Road, Lewisham High Street",
        "the fields by the river, the park off Ladywell Road, the park behind the hospital",
        "Ladywell",
    ),
    _o(
        "Mountsfield Park",
        "park",
        "Lewisham",
        "Stainton Road, Laleham Road",
        "Mountsfield, the park off Laleham Road, the park by Stainton Road",
        "Catford",
    ),
    _o(
        "Brockley and Ladywell Cemeteries",
        "cemetery",
        "Lewisham",
        "Brockley Grove, Ladywell Road",
        "the cemetery off Brockley Grove, the old cemetery by Ladywell Road, Brockley cemetery",
        "Brockley",
    ),
    _o(
        "St Paul's Churchyard",
        "churchyard",
        "Lewisham",
        "Deptford High Street, Crossfield Street",
        "the churchyard off Deptford High Street, the church grounds by Crossfield Street, St Paul's",
        "Deptford",
    ),
    # Merton
    _o(
        "Mitcham Common",
        "common",
        "Merton",
        "Commonside East, Croydon Road",
        "the common, the scrub off Commonside East, the open land by Croydon Road",
        "Mitcham Junction",
    ),
    _o(
        "Morden Hall Park",
        "park",
        "Merton",
        "Morden Hall Road, Morden Road",
        "Morden Hall, the park off Morden Hall Road, the river walk by Morden Road",
        "Morden",
    ),
    _o(
        "Haydons Road Recreation Ground",
        "recreation_ground",
        "Merton",
        "Haydons Road, Quicks Road",
        "the rec off Haydons Road, the field by Quicks Road, the Haydons rec",
        "Haydons Road",
    ),
    _o(
        "Cricket Green",
        "common",
        "Merton",
        "Cricket Green, Lower Green West",
        "the green in Mitcham, the cricket green, the green off Lower Green West",
        None,
    ),
    # Newham
    _o(
        "West Ham Park",
        "park",
        "Newham",
        "Upton Lane, Portway",
        "the park off Upton Lane, the park by Portway, West Ham",
        "Plaistow",
    ),
    _o(
        "Plashet Park",
        "park",
        "Newham",
        "Plashet Grove, Katherine Road",
        "Plashet, the park off Plashet Grove, the park by Katherine Road",
        "East Ham",
    ),
    _o(
        "Central Park",
        "park",
        "Newham",
        "High Street South, Rancliffe Road",
        "the park in East Ham, the park off High Street South, the park by Rancliffe Road",
        "East Ham",
    ),
    _o(
        "St John's Churchyard",
        "churchyard",
        "Newham",
        "The Broadway, Romford Road",
        "the churchyard in Stratford, the church grounds on the Broadway, the churchyard off Romford Road",
        "Stratford",
    ),
    _o(
        "Memorial Recreation Ground",
        "recreation_ground",
        "Newham",
        "Memorial Avenue, Manor Road",
        "the Memorial rec, the grounds off Memorial Avenue, the field by Manor Road",
        "West Ham",
    ),
    # Redbridge
    _o(
        "Valentines Park",
        "park",
        "Redbridge",
        "Cranbrook Road, Emerson Road",
        "Valentines, the park off Cranbrook Road, the lake by Emerson Road",
        "Gants Hill",
    ),
    _o(
        "South Park",
        "park",
        "Redbridge",
        "South Park Drive, Green Lane",
        "the park off South Park Drive, the lake by Green Lane, South Park in Ilford",
        "Seven Kings",
    ),
    _o(
        "Seven Kings Park",
        "park",
        "Redbridge",
        "Aldborough Road South, Green Lane",
        "the park off Aldborough Road South, the Seven Kings rec, the park by Green Lane",
        "Seven Kings",
    ),
    _o(
        "Goodmayes Park",
        "park",
        "Redbridge",
        "Goodmayes Lane, Green Lane",
        "Goodmayes, the park off Goodmayes Lane, the lake by Green Lane",
        "Goodmayes",
    ),
    _o(
        "Wanstead Park",
        "park",
        "Redbridge",
        "Warren Road, Northumberland Avenue",
        "the park off Warren Road, the ponds by Northumberland Avenue, Wanstead Park woods",
        "Wanstead",
    ),
    # Richmond upon Thames
    _o(
        "Barnes Common",
        "common",
        "Richmond upon Thames",
        "Station Road, Rocks Lane",
        "the common, the woods off Rocks Lane, the common by Barnes station",
        "Barnes",
    ),
    _o(
        "Marble Hill Park",
        "park",
        "Richmond upon Thames",
        "Richmond Road, Montpelier Row",
        "Marble Hill, the park off Richmond Road, the fields by Montpelier Row",
        "St Margarets",
    ),
    _o(
        "Old Deer Park",
        "park",
        "Richmond upon Thames",
        "Twickenham Road, Kew Road",
        "the Deer Park, the playing fields off Twickenham Road, the park by Kew Road",
        "Richmond",
    ),
    _o(
        "Thames towpath at Petersham",
        "towpath",
        "Richmond upon Thames",
        "Petersham Road, River Lane",
        "the towpath off River Lane, the riverside by Petersham Road, the river path below Richmond Hill",
        None,
    ),
    # Southwark
    _o(
        "Burgess Park",
        "park",
        "Southwark",
        "Albany Road, Wells Way",
        "Burgess, the park off Albany Road, the lake by Wells Way",
        None,
    ),
    _o(
        "Peckham Rye Common",
        "common",
        "Southwark",
        "Peckham Rye, East Dulwich Road",
        "the Rye, the common off East Dulwich Road, the open land on Peckham Rye",
        "Peckham Rye",
    ),
    _o(
        "Southwark Park",
        "park",
        "Southwark",
        "Southwark Park Road, Hawkstone Road",
        "the park off Southwark Park Road, the lake by Hawkstone Road, Southwark Park in Bermondsey",
        "Canada Water",
    ),
    _o(
        "Camberwell Green",
        "common",
        "Southwark",
        "Camberwell Church Street, Denmark Hill",
        "the Green, the green off Camberwell Church Street, the green by Denmark Hill",
        "Denmark Hill",
    ),
    _o(
        "Nunhead Cemetery",
        "cemetery",
        "Southwark",
        "Linden Grove, Limesford Road",
        "the cemetery off Linden Grove, the woods by Limesford Road, the old cemetery in Nunhead",
        "Nunhead",
    ),
    # Sutton
    _o(
        "Manor Park",
        "park",
        "Sutton",
        "Throwley Way, Carshalton Road",
        "the park off Throwley Way, the park by Carshalton Road, Manor Park in Sutton",
        "Sutton",
    ),
    _o(
        "The Grove",
        "park",
        "Sutton",
        "Mill Lane, North Street",
        "the Grove, the ponds off North Street, the park by Mill Lane",
        "Carshalton",
    ),
    _o(
        "Rosehill Park",
        "park",
        "Sutton",
        "Rose Hill, Wrythe Lane",
        "Rosehill, the field off Wrythe Lane, the park by the Rose Hill roundabout",
        None,
    ),
    _o(
        "Beddington Park",
        "park",
        "Sutton",
        "Church Road, Croydon Road",
        "Beddington, the park off Church Road, the river park by Croydon Road",
        "Hackbridge",
    ),
    # Tower Hamlets
    _o(
        "Victoria Park",
        "park",
        "Tower Hamlets",
        "Grove Road, Old Ford Road",
        "Vicky Park, the park off Grove Road, the lake by Old Ford Road",
        None,
    ),
    _o(
        "Mile End Park",
        "park",
        "Tower Hamlets",
        "Burdett Road, Mile End Road",
        "the park off Burdett Road, the park by Mile End Road, the green bridge",
        "Mile End",
    ),
    _o(
        "Altab Ali Park",
        "garden",
        "Tower Hamlets",
        "Whitechapel Road, Adler Street",
        "the park off Adler Street, the churchyard by Whitechapel Road, the old St Mary's site",
        "Aldgate East",
    ),
    _o(
        "Tower Hamlets Cemetery Park",
        "cemetery",
        "Tower Hamlets",
        "Southern Grove, Hamlets Way",
        "the cemetery park, the woods off Southern Grove, the cemetery by Hamlets Way",
        "Mile End",
    ),
    _o(
        "St Dunstan's Churchyard",
        "churchyard",
        "Tower Hamlets",
        "Stepney High Street, Stepney Way",
        "the churchyard in Stepney, the church grounds off Stepney High Street, St Dunstan's",
        "Stepney Green",
    ),
    _o(
        "Island Gardens",
        "garden",
        "Tower Hamlets",
        "Saunders Ness Road, Manchester Road",
        "the foot tunnel gardens, the river off Saunders Ness Road, the gardens by Manchester Road",
        "Island Gardens",
    ),
    # Waltham Forest
    _o(
        "Lloyd Park",
        "park",
        "Waltham Forest",
        "Forest Road, Winns Terrace",
        "the park behind the gallery, the moat off Forest Road, the park by Winns Terrace",
        "Walthamstow Central",
    ),
    _o(
        "Walthamstow Marshes",
        "common",
        "Waltham Forest",
        "Coppermill Lane, Lea Bridge Road",
        "the marshes, the open land off Coppermill Lane, the marsh by Lea Bridge Road",
        None,
    ),
    _o(
        "Leyton Jubilee Park",
        "park",
        "Waltham Forest",
        "Marsh Lane, Seymour Road",
        "Jubilee Park, the park off Marsh Lane, the playing field by Seymour Road",
        "Leyton",
    ),
    _o(
        "St Mary's Churchyard",
        "churchyard",
        "Waltham Forest",
        "Church Hill, Orford Road",
        "the churchyard in the village, the churchyard off Church Hill, the church grounds by Orford Road",
        "Walthamstow Central",
    ),
    _o(
        "St Patrick's Cemetery",
        "cemetery",
        "Waltham Forest",
        "Langthorne Road, High Road Leytonstone",
        "the Catholic cemetery off Langthorne Road, the cemetery in Leytonstone, St Patrick's",
        "Leyton",
    ),
    # Wandsworth
    _o(
        "Battersea Park",
        "park",
        "Wandsworth",
        "Albert Bridge Road, Prince of Wales Drive",
        "the park off Albert Bridge Road, the park by Prince of Wales Drive, the lake in Battersea",
        "Battersea Park",
    ),
    _o(
        "Tooting Bec Common",
        "common",
        "Wandsworth",
        "Tooting Bec Road, Bedford Hill",
        "the common, the common off Bedford Hill, the lido common by Tooting Bec Road",
        "Balham",
    ),
    _o(
        "King George's Park",
        "park",
        "Wandsworth",
        "Buckhold Road, Merton Road",
        "King George's, the park off Buckhold Road, the park by Merton Road",
        "Southfields",
    ),
    _o(
        "Wandsworth Common",
        "common",
        "Wandsworth",
        "Trinity Road, Bellevue Road",
        "the common, the common off Trinity Road, the open land by Bellevue Road",
        "Wandsworth Common",
    ),
    _o(
        "Falcon Park",
        "park",
        "Wandsworth",
        "Falcon Road, Falcon Grove",
        "the park off Falcon Road, the park by Falcon Grove, the little park near the junction",
        "Clapham Junction",
    ),
    # Westminster
    _o(
        "St John's Wood Church Grounds",
        "churchyard",
        "Westminster",
        "Wellington Road, St John's Wood High Street",
        "the church gardens by Lord's, the grounds off Wellington Road, the churchyard by the high street",
        None,
    ),
    _o(
        "Paddington Recreation Ground",
        "recreation_ground",
        "Westminster",
        "Randolph Avenue, Castellain Road",
        "Paddington Rec, the rec off Randolph Avenue, the fields by Castellain Road",
        "Maida Vale",
    ),
    _o(
        "St George's Square",
        "garden",
        "Westminster",
        "Lupus Street, St George's Drive",
        "the square off Lupus Street, the gardens by St George's Drive, the Pimlico square",
        "Pimlico",
    ),
    _o(
        "Soho Square",
        "garden",
        "Westminster",
        "Soho Street, Greek Street",
        "the square off Soho Street, the gardens by Greek Street, the square in Soho",
        None,
    ),
    _o(
        "Victoria Embankment Gardens",
        "garden",
        "Westminster",
        "Villiers Street, Strand",
        "the Embankment gardens, the gardens off Villiers Street, the gardens behind the Strand",
        "Charing Cross",
    ),
)

_BY_NAME: dict[str, Borough] = {b.name: b for b in BOROUGHS}


def borough(name: str) -> Borough:
    """The borough called ``name``; raises ``KeyError`` for an unknown name."""
    return _BY_NAME[name]


def open_spaces_in(borough_name: str) -> tuple[OpenSpace, ...]:
    """Every open space in ``borough_name`` (empty for an unknown name)."""
    return tuple(space for space in OPEN_SPACES if space.borough == borough_name)
