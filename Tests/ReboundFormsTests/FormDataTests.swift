import ReboundForms
import Testing

/// Urlencoded forms as browsers send them.
@Suite struct FormDataTests {
    @Test func readsFieldsInOrderWithPlusAsSpaceAndLineEndsMadeOne() {
        let form = FormData(urlEncoded: "a=1&b=two+words&a=3&note=x%0D%0Ay%0Dz&empty=&bare&bad=%zz%20")
        #expect(form.fields.map(\.name) == ["a", "b", "a", "note", "empty", "bare", "bad"])
        #expect(form["a"] == "1" && form.all("a") == ["1", "3"])
        #expect(form["b"] == "two words")
        #expect(form["note"] == "x\ny\nz")
        #expect(form.text("empty") == nil && form["bare"] == "")
        #expect(form["bad"] == "%zz%20")
    }

    @Test func rowsComeInIndexOrderAndStrayNamesAreIgnored() {
        let form = FormData(urlEncoded: "p%5B1%5D.name=B&p%5B0%5D.name=A&p%5B0%5D.email=a%40x.example&p%5Bx%5D.name=no&p%5B5000%5D.name=no&p%5B2%5Dname=no")
        #expect(form.rows("p") == [["name": "A", "email": "a@x.example"], ["name": "B"]])
    }
}
