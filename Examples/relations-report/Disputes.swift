import KoreaCentralAsia

/// The disputed values of any fact, as a list.
///
/// Each claim of `Dataset.disputes` beside the value the record prefers, with its sources linked
/// to the list of sources. Every text is escaped.
func disputeList(_ dataset: Dataset) -> Markup {
    let disputes = dataset.disputes
    guard !disputes.isEmpty else { return .element("p", text: "No fact is disputed.") }
    let items = disputes.map { dispute in
        var parts: [Markup] = [
            .element("code", text: dispute.entity.path),
            .text(
                " \(dispute.property): the record has \(dispute.preferred?.description ?? "none"); "
                    + "a claim says \(dispute.claimed)"
                    + (dispute.isCompatible ? ", which may agree" : ", which disagrees") + " ("),
        ]
        for (position, source) in dispute.sources.enumerated() {
            if position > 0 { parts.append(.text(", ")) }
            parts.append(.element("a", ["href": "#source-\(source)"], text: source.rawValue))
        }
        if dispute.sources.isEmpty { parts.append(.text("no source")) }
        parts.append(.text(")"))
        if let note = dispute.note { parts.append(.text(". \(note)")) }
        return Markup.element(
            "li", ["class": dispute.isCompatible ? "dispute" : "dispute disagree"], parts)
    }
    return .element("ul", ["id": "disputes"], items)
}
