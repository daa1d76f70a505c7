"""Word lists behind name matching: which words never identify a product on their own, which are filler.

Kept apart from the matching rules so that a new category's descriptors are added here, as data.
"""

# Words that on their own never identify a product: product kinds, colours, materials, fits, trims and
# other descriptors that a salesbot also uses in ordinary prose ("a gold ring", "a hybrid sedan").
GENERIC_WORDS = frozenset(
    """
    a an the and or of for with in on by to at from new w
    men mens man women womens woman unisex kid kids girl girls boy boys ladies lady adult adults
    black white red blue green yellow pink purple orange brown grey gray silver gold golden rose navy
    beige cream ivory tan olive khaki charcoal burgundy maroon teal turquoise coral mint lavender
    light dark bright matte polished natural multi color colour solid wash indigo stonewash
    cotton denim leather wool silk linen polyester nylon spandex fleece cashmere suede canvas knit
    merino satin stretch french chiffon crepe poplin jersey modal rayon lyocell terry ponte eyelet bamboo organic
    steel stainless titanium platinum aluminum aluminium diamond gemstone sapphire ruby emerald pearl
    sterling karat 10k 14k 18k 24k lab grown recycled moissanite morganite amethyst citrine onyx
    round oval pear cushion princess marquise radiant cut bezel pave prong channel milgrain hammered
    brushed knife edge contour curved set
    ring rings band bands watch smartwatch smart shirt tee tshirt t dress jean jeans pant pants
    trouser jacket coat sweater sweatshirt hoodie hoody hooded sweatpant sweatpants jogger joggers
    short shorts skirt blouse top tops shoe sneaker boot sock legging leggings vest suit blazer
    cardigan polo chino chinos cargo henley peacoat tight tights sundress shirtdress turtleneck
    crewneck boatneck pullover
    car sedan suv truck coupe hatchback wagon van minivan pickup hybrid plug electric ev
    awd fwd rwd 4wd 2wd 4x4 turbo cab door doors
    game games console controller headset keyboard mouse gaming edition bundle board card party
    video puzzle jigsaw piece pieces player players family base second first 3d
    classic slim regular relaxed fit straight skinny wide leg long sleeve sleeveless crew neck v
    high mid low rise waist flare bootcut ankle cropped boyfriend baggy tapered lined
    sport sports active athletic running casual formal everyday essential essentials vintage modern
    premium deluxe standard basic plus mini max ultra lite heavy soft style collection pack
    pro series model original signature comfort fashion design solitaire halo engagement wedding
    eternity stackable three stone cocktail signet
    gps cellular lte wifi wi fi bluetooth amoled display strap loop case dial fitness tracker
    """.split()
)

# Words that may stand between the words of a name ("Ticket to Ride", "Toi et Moi", "Gate of the
# Lion") but are never part of what identifies it, and never start or end a reference.
SMALL_WORDS = frozenset("a an the and or of for with in on by to at de et it its w vs".split())

# Words a shopper puts around a product in an add_to_cart argument ("I'll take the ... please").
FILLER_WORDS = frozenset(
    """
    i ill ll id d m im we you please thanks thank buy purchase take get want would like add cart my one
    pair this that option choice item product version model go going with
    """.split()
)

# Sizes that are options of a product, not part of what it is ("size M", "32x32", "XL").
SIZE_LABELS = frozenset("xxs xs s m l xl xxl xxxl 2xl 3xl small medium large petite tall regular".split())

# Other spellings of a brand, as salesbots write them.
ALIASES = {"chevy": "chevrolet", "vw": "volkswagen"}

# Variants a name may state, one value per class: a reference that states another value of a class the
# product's name states is another product ("... in Platinum" for a ring made only in rose gold).
VARIANT_CLASSES = {
    "metal": frozenset("platinum gold silver sterling titanium aluminum aluminium steel palladium".split()),
    "karat": frozenset("10k 14k 18k 22k 24k".split()),
}
