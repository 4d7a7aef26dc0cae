import Testing
@testable import PostcardsDeck

@Suite("Anki field HTML becomes plain text")
struct HTMLTextTests {
    @Test(arguments: ["a<br>b", "a<br/>b", "a<br />b", "a<BR>b", "a<br class=\"x\">b"])
    func everySpellingOfBreakIsANewline(html: String) {
        #expect(HTMLText.plain(html) == "a\nb")
    }

    @Test func blockEndsAreNewlinesAndBlockStartsVanish() {
        #expect(HTMLText.plain("<div>system</div><div>user</div><div>assistant</div>") == "system\nuser\nassistant")
        #expect(HTMLText.plain("<p>one</p><p>two</p>") == "one\ntwo")
        #expect(HTMLText.plain("<ul><li>x</li><li>y</li></ul>") == "x\ny")
    }

    @Test func otherTagsAreRemovedWithTheirAttributes() {
        #expect(HTMLText.plain("<span style=\"color: rgb(255, 0, 0);\">uniform noise</span> to the input") == "uniform noise to the input")
        #expect(HTMLText.plain("Which loss does <b>SFT</b> <i>minimise</i>?") == "Which loss does SFT minimise?")
        #expect(HTMLText.plain("<a title='a > b' href=\"x\">link</a>") == "link")
    }

    @Test func namedAndNumericEntitiesAreDecoded() {
        #expect(HTMLText.plain("r &lt;&lt; d &amp; &quot;x&quot; &apos;y&apos; &gt;") == "r << d & \"x\" 'y' >")
        #expect(HTMLText.plain("&#960;&#x3B8;&#X3A3; &beta; &mdash; &hellip;") == "πθΣ β — …")
    }

    @Test func noBreakSpacesBecomeSpaces() {
        #expect(HTMLText.plain("Masked out:&nbsp;label&nbsp;=&nbsp;-100") == "Masked out: label = -100")
        #expect(HTMLText.plain("a\u{A0}b") == "a b")
        #expect(HTMLText.plain("a&#160;b&#xA0;c") == "a b c")
    }

    @Test func resultIsTrimmed() {
        #expect(HTMLText.plain("  <div>&nbsp;text<br></div>\n ") == "text")
    }

    @Test func textThatOnlyLooksLikeMarkupIsKept() {
        #expect(HTMLText.plain("a < b and c > d") == "a < b and c > d")
        #expect(HTMLText.plain("x <") == "x <")
        #expect(HTMLText.plain("AT&T &unknown; &amp") == "AT&T &unknown; &amp")
        #expect(HTMLText.plain("1 <2 <b>3</b>") == "1 <2 3")
    }

    @Test func invalidCharacterReferencesBecomeTheReplacementCharacter() {
        #expect(HTMLText.plain("&#0;|&#xD800;|&#x110000;") == "\u{FFFD}|\u{FFFD}|\u{FFFD}")
        #expect(HTMLText.plain("&#+12;&#x;") == "&#+12;&#x;")
    }

    @Test func commentsScriptsAndStylesAreDropped() {
        #expect(HTMLText.plain("a<!-- note -->b") == "ab")
        #expect(HTMLText.plain("<style>.card { color: red }</style>text<script>alert(1)</script>") == "text")
    }

    @Test func clozeMarkupSurvivesSoCoreCanRenderIt() {
        #expect(HTMLText.plain("{{c1::<b>PPO</b>}} clips {{c2::ρ::ratio}}") == "{{c1::PPO}} clips {{c2::ρ::ratio}}")
    }

    @Test func plainTextIsOnlyTidied() {
        #expect(HTMLText.tidy(" a <b> &amp;\r\nc\rd ") == "a <b> &amp;\nc\nd")
    }
}
