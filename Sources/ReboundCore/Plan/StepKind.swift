/// The kinds of step a recovery plan can hold (`contracts/playbook.md`).
public enum StepKind: String, CaseIterable, Sendable {
    case thankYou = "thank-you"
    case callToElaborate = "call-to-elaborate"
    case briefReference = "brief-reference"
    case tellConnection = "tell-connection"
    case revisitNotes = "revisit-notes"
    case practice
    case askFeedback = "ask-feedback"
    case stayInTouch = "stay-in-touch"
    case prepareNextRound = "prepare-next-round"
    case talkItThrough = "talk-it-through"
    case keepGoing = "keep-going"
    case checkIn = "check-in"
    case answerOffer = "answer-offer"
    case shareNews = "share-news"
}

/// The kinds of message Rebound drafts (`rebound draft`).
public enum DraftKind: String, CaseIterable, Sendable {
    case thankYou = "thank-you"
    case callScript = "call-script"
    case briefReference = "brief-reference"
    case tellConnection = "tell-connection"
    case askFeedback = "ask-feedback"
    case checkIn = "check-in"
    case answerOffer = "answer-offer"
    case shareNews = "share-news"
}
