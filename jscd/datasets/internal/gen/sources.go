package main

import "github.com/jscd-go/jscd/jscd"

// The two sources every fact of the US–Iraq datasets rests on.
const (
	// article is the Rudaw op-ed of August 2023 (/work/shared/source/jscd-article.txt).
	article = "rudaw-op-ed-2023-08"
	// record is the public record of offices held: dates of office not given by the article.
	record = "public-record-of-offices"
	// names is the public record of official names and spellings the article does not use.
	names = "public-record-of-names"
)

// cites is the citation of the article alone, the usual case.
func cites() []jscd.ID { return ids(article) }

// citesBoth cites the article and the public record: a person's office the article names, whose
// dates come from the record.
func citesBoth() []jscd.ID { return ids(article, record) }

// citesNames cites the article and the public record of names: an entity the article names,
// with another name or spelling (an alias) from the record.
func citesNames() []jscd.ID { return ids(article, names) }

func sources() []jscd.Source {
	return []jscd.Source{
		{
			ID:   article,
			Kind: jscd.SourceKindOpinion,
			Title: enAr(
				"Op-ed on the US-Iraq Joint Security Cooperation Dialogue (JSCD)",
				"مقال رأي عن حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق",
			),
			Publisher: "rudaw",
			Authors:   ids("feyzullah-tuna-aygun", "yusuf-can-ayaz"),
			Published: date("2023-08"),
			Description: en("Opinion article by Feyzullah Tuna Aygun and Yusuf Can Ayaz of ORSAM, " +
				"published by Rudaw in August 2023 (\"The views expressed in this article are those " +
				"of the author and do not necessarily reflect the position of Rudaw\"). The text the " +
				"project holds carries neither the headline nor a URL, so this title describes the " +
				"article rather than quoting it, and no URL is given."),
		},
		{
			ID:    record,
			Kind:  jscd.SourceKindPublicRecord,
			Title: enAr("Public record of offices held", "السجل العام للمناصب الرسمية"),
			Description: en("Dates of taking and leaving office of the officials the article " +
				"names, as a matter of public record. Only dates known with certainty are given; " +
				"where the day is not certain, the date is given to the year."),
		},
		{
			ID:    names,
			Kind:  jscd.SourceKindPublicRecord,
			Title: enAr("Public record of official names and spellings", "السجل العام للأسماء الرسمية وطرق كتابتها"),
			Description: en("Official names and usual English spellings of the bodies and people " +
				"the article names, where the article uses another: the committee's official name " +
				"Higher Coordinating Committee, and the spellings Thabit and Thabet of the Defense " +
				"Minister's first name, which the article writes Sabit."),
		},
	}
}
