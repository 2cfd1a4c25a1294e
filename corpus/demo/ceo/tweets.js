window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116485498905371559"
          ],
          "editableUntil" : "2026-10-31T11:30:39.995Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "72",
      "id_str" : "2116485498905371559",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2116485498905371559",
      "created_at" : "Sat Oct 31 11:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Halloween. Mes enfants veulent se déguiser en « pompe à chaleur » et en « chaudière au fioul ». Je ne sais pas qui joue le monstre. En fait, si.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116213578092871750"
          ],
          "editableUntil" : "2026-10-30T17:30:09.021Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/FcdgnS9W8S",
            "expanded_url" : "https://www.helvion.fr/le-mot-de-la-pdg/un-an-sur-x",
            "display_url" : "helvion.fr/le-mot-de-la-pd…",
            "indices" : [
              "220",
              "243"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "21",
      "id_str" : "2116213578092871750",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2116213578092871750",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 30 17:00:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Un an que j'écris ici plus régulièrement. Ce que j'ai appris : les posts qui vous ont le plus intéressés ne sont jamais ceux que je croyais. C'est le carnet de pannes de Pau, pas le chiffre d'affaires. Merci de me lire. https://t.co/FcdgnS9W8S",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115896600701013477"
          ],
          "editableUntil" : "2026-10-29T20:30:35.721Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "42",
      "id_str" : "2115896600701013477",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2115896600701013477",
      "created_at" : "Thu Oct 29 20:00:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Quatorzième d’un classement de meilleurs employeurs. Content pour les équipes. Mais je garde une liste des 22 irritants remontés par les techniciens l’an dernier : 15 sont réglés, 7 non. C’est celle-là, mon vrai classement.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115504102958214012"
          ],
          "editableUntil" : "2026-10-28T18:30:56.967Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "21",
      "id_str" : "2115504102958214012",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2115504102958214012",
      "created_at" : "Wed Oct 28 18:00:56 +0000 2026",
      "favorited" : false,
      "full_text" : "À Roanne aujourd’hui avec des élus. Ils voulaient parler d’emplois, on leur a parlé de formation, de logement et de transport, parce que c’est ça qui manque pour recruter. Une usine, c’est d’abord un territoire.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115322713781778386"
          ],
          "editableUntil" : "2026-10-28T06:30:10.418Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "152",
      "id_str" : "2115322713781778386",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2115322713781778386",
      "created_at" : "Wed Oct 28 06:00:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce matin, train pour Roanne. Je révise le dossier que m’a préparé l’équipe : 28 pages. J’en ai lu 4 et appelé le directeur de site. Il m’a tout expliqué en 10 minutes. Les bons dossiers tiennent sur un coin de table.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115111510378280859"
          ],
          "editableUntil" : "2026-10-27T16:30:55.602Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "226",
      "id_str" : "2115111510378280859",
      "truncated" : false,
      "retweet_count" : "58",
      "id" : "2115111510378280859",
      "created_at" : "Tue Oct 27 16:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Nord-Isère : le bâtiment est aux deux tiers debout, dans les délais. Les 80 premiers opérateurs seront embauchés début 2027 et formés six mois avant de produire. On n’ouvre pas une usine, on forme une équipe.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114401726098185026"
          ],
          "editableUntil" : "2026-10-25T17:30:29.843Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc-Olivier Jaouen",
            "screen_name" : "mo_jaouen_pme",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1818173373414400303",
            "id" : "1818173373414400303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "2114274890346306766",
      "id_str" : "2114401726098185026",
      "in_reply_to_user_id" : "1818173373414400303",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2114401726098185026",
      "in_reply_to_status_id" : "2114274890346306766",
      "created_at" : "Sun Oct 25 17:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@mo_jaouen_pme Une entreprise de 8 000 personnes ne change pas de culture en un an. Elle change de réflexes, un par un. On en a changé trois cette année. C’est déjà beaucoup.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "mo_jaouen_pme",
      "in_reply_to_user_id_str" : "1818173373414400303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113926179571143281"
          ],
          "editableUntil" : "2026-10-24T10:00:50.715Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "111",
      "id_str" : "2113926179571143281",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "2113926179571143281",
      "created_at" : "Sat Oct 24 09:30:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Les vacances de la Toussaint commencent. Je donne un conseil que je ne suis jamais : ne partez pas avec votre ordinateur. Cette année je vais essayer. Vraiment.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113178773702889109"
          ],
          "editableUntil" : "2026-10-22T08:30:55.270Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "349",
      "id_str" : "2113178773702889109",
      "truncated" : false,
      "retweet_count" : "86",
      "id" : "2113178773702889109",
      "created_at" : "Thu Oct 22 08:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "1,47 milliard d'euros à fin septembre, plus 8 %. On tient le cap fixé en février. Je pense surtout aux équipes de Chalon qui ont absorbé la montée en cadence de HP-Forge sans un seul accident. Voilà mon vrai indicateur.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112967364456123487"
          ],
          "editableUntil" : "2026-10-21T18:30:51.378Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "127",
      "id_str" : "2112967364456123487",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2112967364456123487",
      "created_at" : "Wed Oct 21 18:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Le troisième trimestre confirme notre trajectoire. Merci à nos équipes, et bienvenue à nos nouveaux collègues de Gelvona, qui apparaissent pour la première fois dans nos comptes 🇮🇹",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112418599183557427"
          ],
          "editableUntil" : "2026-10-20T06:10:15.542Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "65",
      "id_str" : "2112418599183557427",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2112418599183557427",
      "created_at" : "Tue Oct 20 05:40:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Les bons chefs d’équipe savent une chose que les organigrammes ignorent : qui s’entend avec qui. J’ai vu des lignes de production doubler leur rendement en changeant deux personnes de poste. Pas de logiciel pour ça.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112053868449437957"
          ],
          "editableUntil" : "2026-10-19T06:00:56.958Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "54",
      "id_str" : "2112053868449437957",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2112053868449437957",
      "created_at" : "Mon Oct 19 05:30:56 +0000 2026",
      "favorited" : false,
      "full_text" : "On m’a demandé de citer un livre pour un palmarès « les livres des dirigeants ». J’ai proposé un manuel de thermodynamique de 1re année. Ils ont refusé. Je maintiens que c’est le livre le plus utile de ma bibliothèque.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111887783949289829"
          ],
          "editableUntil" : "2026-10-18T19:00:59.328Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Inès Marchal",
            "screen_name" : "InesMarchal_RSE",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "9814684498",
            "id" : "9814684498"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "34",
      "in_reply_to_status_id_str" : "2111849783555263851",
      "id_str" : "2111887783949289829",
      "in_reply_to_user_id" : "9814684498",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2111887783949289829",
      "in_reply_to_status_id" : "2111849783555263851",
      "created_at" : "Sun Oct 18 18:30:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@InesMarchal_RSE Bravo à toi et à ton équipe. Et merci d’avoir insisté sur le scope 3 quand tout le monde préférait parler du reste. Tu avais raison.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "InesMarchal_RSE",
      "in_reply_to_user_id_str" : "9814684498"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111457432214144639"
          ],
          "editableUntil" : "2026-10-17T14:30:55.478Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "45",
      "id_str" : "2111457432214144639",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2111457432214144639",
      "created_at" : "Sat Oct 17 14:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "22 cliniques qui vont consommer 40 % d’énergie en moins et arrêter le fioul : c’est notre engagement avec Santéa pour les 15 prochaines années. Garanti par contrat. Si on n’y arrive pas, c’est nous qui payons.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111378166267324616"
          ],
          "editableUntil" : "2026-10-17T09:15:57.004Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "243",
      "id_str" : "2111378166267324616",
      "truncated" : false,
      "retweet_count" : "61",
      "id" : "2111378166267324616",
      "created_at" : "Sat Oct 17 08:45:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, visite d’une ferme d’insectes près de Lyon, par pure curiosité. Ils ont besoin de chaleur constante à 28 °C. Je n’ai pas pu m’empêcher de leur parler de récupération de chaleur. Déformation professionnelle assumée.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110236709327476781"
          ],
          "editableUntil" : "2026-10-14T05:40:12.462Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Management",
            "indices" : [
              "198",
              "209"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "94",
      "id_str" : "2110236709327476781",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2110236709327476781",
      "created_at" : "Wed Oct 14 05:10:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Je refuse de parler de « talents » pour une minorité de salariés. Tout le monde a un talent. Le travail d’un manager est de le trouver, et ce n’est pas toujours celui qui est sur la fiche de poste. #Management",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110068265907357520"
          ],
          "editableUntil" : "2026-10-13T18:30:52.421Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "252"
      ],
      "favorite_count" : "120",
      "id_str" : "2110068265907357520",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2110068265907357520",
      "created_at" : "Tue Oct 13 18:00:52 +0000 2026",
      "favorited" : false,
      "full_text" : "On peut souvent économiser 10 % d’énergie dans une entreprise sans dépenser un euro : des consignes, des horaires, des fuites. C’est le message de cette semaine de l’efficacité énergétique, et c’est le moins glamour et le plus rentable de notre métier.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109318162683194032"
          ],
          "editableUntil" : "2026-10-11T16:50:13.877Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DroitÀLaDéconnexion",
            "indices" : [
              "184",
              "204"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "26",
      "id_str" : "2109318162683194032",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2109318162683194032",
      "created_at" : "Sun Oct 11 16:20:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Dix jours sans réunion après 18h. Premier constat : personne ne s’en est plaint. Deuxième constat : les décisions sont prises aussi vite. Troisième : je vois mes enfants. On continue. #DroitÀLaDéconnexion",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108844996616915595"
          ],
          "editableUntil" : "2026-10-10T09:30:02.295Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "203",
      "id_str" : "2108844996616915595",
      "truncated" : false,
      "retweet_count" : "42",
      "id" : "2108844996616915595",
      "created_at" : "Sat Oct 10 09:00:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Atelier « Fabrique ta pompe à chaleur » au Campus avec des enfants de 10 ans. Une petite fille a compris le cycle frigorifique plus vite que la moitié de mon ancien jury de thèse. L’avenir de la filière va très bien.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108422229538260197"
          ],
          "editableUntil" : "2026-10-09T05:30:06.769Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "111",
      "id_str" : "2108422229538260197",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2108422229538260197",
      "created_at" : "Fri Oct 09 05:00:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Un an de mandat de plus validé par le conseil. J’en ai profité pour relire mes engagements de l’an dernier. Sur dix, six tenus, trois en cours, un raté : la mixité dans les ateliers progresse trop lentement. Je ne lâcherai pas.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107909042758647241"
          ],
          "editableUntil" : "2026-10-07T19:30:53.506Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc-Olivier Jaouen",
            "screen_name" : "mo_jaouen_pme",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1818173373414400303",
            "id" : "1818173373414400303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2107760061079980059",
      "id_str" : "2107909042758647241",
      "in_reply_to_user_id" : "1818173373414400303",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2107909042758647241",
      "in_reply_to_status_id" : "2107760061079980059",
      "created_at" : "Wed Oct 07 19:00:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@mo_jaouen_pme Non, je ne crois pas qu’il faille une nouvelle aide. Il faut que celles qui existent tiennent plus de trois ans. La stabilité est la meilleure des subventions.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "mo_jaouen_pme",
      "in_reply_to_user_id_str" : "1818173373414400303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107433304681007049"
          ],
          "editableUntil" : "2026-10-06T12:00:28.710Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "438",
      "id_str" : "2107433304681007049",
      "truncated" : false,
      "retweet_count" : "56",
      "id" : "2107433304681007049",
      "created_at" : "Tue Oct 06 11:30:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Hélvion Services vient d'installer sa 1 000e pompe à chaleur dans un bâtiment tertiaire cette année ! Bureaux, écoles, hôpitaux, gymnases : 1 000 chaudières fossiles en moins. Merci à nos techniciens 👏",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106799036422378256"
          ],
          "editableUntil" : "2026-10-04T18:00:07.373Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2106761287688038559",
      "id_str" : "2106799036422378256",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2106799036422378256",
      "in_reply_to_status_id" : "2106761287688038559",
      "created_at" : "Sun Oct 04 17:30:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Le marché résidentiel n’est pas le nôtre, mais la mauvaise réputation qu’y gagnent les PAC nous concerne tous. Une mauvaise installation chez un particulier, c’est un client industriel qui doute.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106399037088053253"
          ],
          "editableUntil" : "2026-10-03T15:30:40.100Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "246"
      ],
      "favorite_count" : "64",
      "id_str" : "2106399037088053253",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2106399037088053253",
      "created_at" : "Sat Oct 03 15:00:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Un samedi d’octobre au salon de l’habitat de Lyon, en visiteuse anonyme. J’ai écouté trois vendeurs de PAC résidentielles. Un seul a demandé la surface et l’isolation de la maison. Les deux autres ont parlé de prix. Le marché a besoin de sérieux.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106066794056681335"
          ],
          "editableUntil" : "2026-10-02T17:30:27.188Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "240"
      ],
      "favorite_count" : "120",
      "id_str" : "2106066794056681335",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2106066794056681335",
      "created_at" : "Fri Oct 02 17:00:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Une collègue de Chalon m’a raconté aujourd’hui qu’elle a été dépistée l’an dernier grâce à la consultation organisée sur le site. Traitée, guérie, revenue au travail. Elle m’a demandé de dire aux autres d’y aller. Voilà, c’est dit. Allez-y.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105528296454895195"
          ],
          "editableUntil" : "2026-10-01T05:50:39.355Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "67",
      "id_str" : "2105528296454895195",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2105528296454895195",
      "created_at" : "Thu Oct 01 05:20:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Octobre. Trois mois pour finir l’année, et j’ai une seule obsession : que Nord-Isère reste dans les délais. Tout le reste, l’organisation sait le faire sans moi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105296749735830077"
          ],
          "editableUntil" : "2026-09-30T14:30:34.316Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "245"
      ],
      "favorite_count" : "41",
      "id_str" : "2105296749735830077",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2105296749735830077",
      "created_at" : "Wed Sep 30 14:00:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce prix de l’apprentissage, je le dédie aux 410 tuteurs qui prennent sur leur temps de production pour former un jeune. Sans eux, pas d’école interne, pas de 78 % d’embauche. Ils méritent plus de reconnaissance, y compris sur leur fiche de paie.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105009834542767297"
          ],
          "editableUntil" : "2026-09-29T19:30:28.403Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "École supérieure d’énergétique de Lyon",
            "screen_name" : "ESEL_Lyon",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "9626488753",
            "id" : "9626488753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2105009834542767297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105009834542767297",
      "created_at" : "Tue Sep 29 19:00:28 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ESEL_Lyon: Rentrée de la 2e promotion de la chaire Chaleur bas carbone : 42 élèves ingénieurs, dont 45 % de femmes. Une première à l’éc…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104119044120561695"
          ],
          "editableUntil" : "2026-09-27T08:30:47.416Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "122",
      "id_str" : "2104119044120561695",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2104119044120561695",
      "created_at" : "Sun Sep 27 08:00:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche, 30 km à vélo avec mon fils. Il m’a battue dans la dernière côte. Il avait prévenu. Je n’avais pas écouté. Leçon de management gratuite.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103877269337566866"
          ],
          "editableUntil" : "2026-09-26T16:30:03.816Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "202",
      "id_str" : "2103877269337566866",
      "truncated" : false,
      "retweet_count" : "49",
      "id" : "2103877269337566866",
      "created_at" : "Sat Sep 26 16:00:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce que j’ai appris cette année en Italie, en Belgique et en France : les usines se ressemblent plus que les pays. Partout la même fierté du bel ouvrage, la même méfiance envers le siège. La seconde, je l’ai méritée.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103182917522899262"
          ],
          "editableUntil" : "2026-09-24T18:30:57.443Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "94",
      "id_str" : "2103182917522899262",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2103182917522899262",
      "created_at" : "Thu Sep 24 18:00:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce soir, au Campus, une doctorante de la chaire ESEL m’a montré la courbe qu’elle attend depuis huit mois. Un point qui sort de l’erreur de mesure. Elle était plus émue que moi à l’inauguration. La recherche, c’est ça : des mois de patience pour un point.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103065891392887589"
          ],
          "editableUntil" : "2026-09-24T10:45:56.239Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "42",
      "id_str" : "2103065891392887589",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2103065891392887589",
      "created_at" : "Thu Sep 24 10:15:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Inauguration du Campus Hélvion à Vénissieux : 12 000 m² dédiés à la recherche sur la chaleur bas carbone, 280 chercheurs et techniciens, et le plus grand banc d’essais de PAC haute température d’Europe. Quelle journée !",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102800360842973441"
          ],
          "editableUntil" : "2026-09-23T17:10:48.823Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Mixité",
            "indices" : [
              "218",
              "225"
            ]
          },
          {
            "text" : "Industrie",
            "indices" : [
              "226",
              "236"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "236"
      ],
      "favorite_count" : "36",
      "id_str" : "2102800360842973441",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2102800360842973441",
      "created_at" : "Wed Sep 23 16:40:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Nantes, congrès des énergéticiens. Dans la salle, 800 personnes. Moyenne d’âge : 50 ans. Nombre de femmes : une poignée. On a un problème de relève et on ne le résoudra pas entre nous. Il faut aller dans les collèges. #Mixité #Industrie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101945984301948596"
          ],
          "editableUntil" : "2026-09-21T08:35:49.582Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "UsinesOuvertes",
            "indices" : [
              "102",
              "117"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion",
            "screen_name" : "Helvion_Groupe",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2871069145",
            "id" : "2871069145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "2101945984301948596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101945984301948596",
      "created_at" : "Mon Sep 21 08:05:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @Helvion_Groupe: Merci aux 7 600 visiteurs venus découvrir nos usines ce week-end ! Record battu 🎉 #UsinesOuvertes",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101680315894397905"
          ],
          "editableUntil" : "2026-09-20T15:00:09.298Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "49",
      "id_str" : "2101680315894397905",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2101680315894397905",
      "created_at" : "Sun Sep 20 14:30:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Rencontré ce midi une ancienne apprentie de 2012, devenue cheffe d’atelier dans une autre entreprise. Elle m’a remerciée. Je n’y suis pour rien, elle a tout fait. Mais ça fait du bien de voir des parcours comme le sien.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101589907636944496"
          ],
          "editableUntil" : "2026-09-20T09:00:54.289Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/but7En5y5U",
            "expanded_url" : "https://www.helvion.fr/evenements/usines-ouvertes-2026",
            "display_url" : "helvion.fr/evenements/usin…",
            "indices" : [
              "209",
              "232"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "46",
      "id_str" : "2101589907636944496",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2101589907636944496",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 20 08:30:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Nos cinq usines sont ouvertes à tous ce week-end. Venez voir comment on fabrique une pompe à chaleur, un échangeur ou une carte électronique. Les enfants adorent les ateliers de soudure (derrière la vitre 😉). https://t.co/but7En5y5U",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101219865103652131"
          ],
          "editableUntil" : "2026-09-19T08:30:29.274Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "21",
      "id_str" : "2101219865103652131",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2101219865103652131",
      "created_at" : "Sat Sep 19 08:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Je suis à Douai pour la journée « Usines ouvertes ». Un retraité m’a montré la place exacte où il soudait en 1979. Elle est occupée par une jeune soudeuse de 22 ans qui l’a laissé reprendre la torche deux minutes. Tout est dit.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100993292585004739"
          ],
          "editableUntil" : "2026-09-18T17:30:10.177Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "244"
      ],
      "favorite_count" : "64",
      "id_str" : "2100993292585004739",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2100993292585004739",
      "created_at" : "Fri Sep 18 17:00:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Journée investisseurs terminée. La question la plus dure n’est pas venue d’un analyste mais d’un salarié actionnaire : « Et si la PAC chinoise arrive à moitié prix ? » Réponse : alors on devra être deux fois meilleurs en service. C’est le plan.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100631099946333739"
          ],
          "editableUntil" : "2026-09-17T17:30:56.722Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "252",
      "id_str" : "2100631099946333739",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "2100631099946333739",
      "created_at" : "Thu Sep 17 17:00:56 +0000 2026",
      "favorited" : false,
      "full_text" : "2,5 milliards d’euros de chiffre d’affaires, 5 TWh économisés par an chez nos clients, 2 000 emplois nets dont 1 300 en France. Ce sont nos chiffres pour 2030. Je serai jugée sur eux, et c’est normal.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100294965410034451"
          ],
          "editableUntil" : "2026-09-16T19:15:16.004Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "64",
      "id_str" : "2100294965410034451",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2100294965410034451",
      "created_at" : "Wed Sep 16 18:45:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Demain, nous présentons Cap 2030. En une phrase : devenir le partenaire de référence de la chaleur décarbonée en Europe, en doublant notre impact chez nos clients et en créant 2 000 emplois nets. Le reste, ce sont des moyens.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099053058208267564"
          ],
          "editableUntil" : "2026-09-13T09:00:22.253Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "165",
      "id_str" : "2099053058208267564",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2099053058208267564",
      "created_at" : "Sun Sep 13 08:30:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche, j’ai relu mes notes de mes premiers mois comme PDG. J’avais écrit : « Ne jamais décider seule quand on a le temps de consulter. Ne jamais consulter quand il faut décider vite. » Toujours vrai. Toujours difficile.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098788854590513864"
          ],
          "editableUntil" : "2026-09-12T15:30:31.202Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "43",
      "id_str" : "2098788854590513864",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2098788854590513864",
      "created_at" : "Sat Sep 12 15:00:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi après-midi au forum des associations de mon quartier. Deux jeunes m’ont reconnue et demandé comment devenir frigoriste. Je leur ai donné l’adresse de l’agence la plus proche. Et mon numéro de portable. On verra bien.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098101900362625753"
          ],
          "editableUntil" : "2026-09-10T18:00:48.551Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "38",
      "id_str" : "2098101900362625753",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2098101900362625753",
      "created_at" : "Thu Sep 10 17:30:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Bologne, premier jour avec les équipes de Gelvona. J’ai appris que « raffreddamento » veut dire refroidissement et qu’un espresso se boit debout en 40 secondes. Le reste, ils me l’expliqueront. Des ateliers impeccables.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097916810159293600"
          ],
          "editableUntil" : "2026-09-10T05:45:19.608Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "272",
      "id_str" : "2097916810159293600",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2097916810159293600",
      "created_at" : "Thu Sep 10 05:15:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Une semaine après l’acquisition, la question qu’on me pose le plus en interne : « Est-ce qu’on va devoir parler italien ? » Non. Mais un « buongiorno » le matin ne fera de mal à personne.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097392175162230716"
          ],
          "editableUntil" : "2026-09-08T19:00:36.877Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "37",
      "id_str" : "2097392175162230716",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2097392175162230716",
      "created_at" : "Tue Sep 08 18:30:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Cette semaine, j’ai fait mes trajets à vélo, Croix-Rousse – Vénissieux. 14 km, une côte, deux ponts. Ce que j’ai compris : nos parkings vélo sont trop petits, et les douches trop loin. On corrige.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097233616324684339"
          ],
          "editableUntil" : "2026-09-08T08:30:33.505Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gelvona S.p.A.",
            "screen_name" : "Gelvona_IT",
            "indices" : [
              "45",
              "56"
            ],
            "id_str" : "1445230710489950899",
            "id" : "1445230710489950899"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "22",
      "id_str" : "2097233616324684339",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2097233616324684339",
      "created_at" : "Tue Sep 08 08:00:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Nous accueillons les 320 femmes et hommes de @Gelvona_IT. Leur froid industriel, notre chaleur : c'est la même physique, et ensemble on couvrira enfin toute la boucle thermique d'une usine. Benvenuti 🇮🇹",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096652323447315160"
          ],
          "editableUntil" : "2026-09-06T18:00:42.483Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "2096525991010461397",
      "id_str" : "2096652323447315160",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2096652323447315160",
      "in_reply_to_status_id" : "2096525991010461397",
      "created_at" : "Sun Sep 06 17:30:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon Je ne partage pas votre pessimisme. L’industrie française a perdu beaucoup, mais elle n’a pas perdu ses ingénieurs ni ses ouvriers qualifiés. Tant qu’on les a, on peut reconstruire.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096161548206168277"
          ],
          "editableUntil" : "2026-09-05T09:30:32.547Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "50",
      "id_str" : "2096161548206168277",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2096161548206168277",
      "created_at" : "Sat Sep 05 09:00:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, j’ai accompagné mon fils à son premier cours de robotique au lycée. Le professeur est un ancien automaticien de l’industrie automobile. « J’ai changé de chaîne de production », m’a-t-il dit en souriant.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095489679082023760"
          ],
          "editableUntil" : "2026-09-03T13:00:46.465Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "30",
      "id_str" : "2095489679082023760",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2095489679082023760",
      "created_at" : "Thu Sep 03 12:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "La HP-Forge tourne aux Aravis. Le fromager a mesuré lui-même : deux tiers de gaz en moins dès la première semaine. Il m’a envoyé un reblochon avec la facture de gaz. J’encadre la facture, je mange le reblochon.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094651707140047884"
          ],
          "editableUntil" : "2026-09-01T05:30:58.385Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "244",
      "id_str" : "2094651707140047884",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "2094651707140047884",
      "created_at" : "Tue Sep 01 05:00:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Rentrée. Ma résolution : un déjeuner par semaine avec une équipe que je n’ai jamais rencontrée. 52 équipes par an, on devrait y arriver en trois ans.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094100391471858402"
          ],
          "editableUntil" : "2026-08-30T17:00:14.487Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "85",
      "id_str" : "2094100391471858402",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2094100391471858402",
      "created_at" : "Sun Aug 30 16:30:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Rentrée des classes demain chez moi. Mon fils entre en seconde et veut « faire de l’ingénierie, mais pas dans un bureau ». Je n’ai fait aucune pression, je le jure.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093624880040308967"
          ],
          "editableUntil" : "2026-08-29T09:30:43.727Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "125",
      "id_str" : "2093624880040308967",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2093624880040308967",
      "created_at" : "Sat Aug 29 09:00:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Rentrée des managers lundi. Je leur écris mon message : trois priorités, pas une de plus. Sécurité. Formation. Délais. Si vous en avez une quatrième, gardez-la pour janvier.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093269952291532872"
          ],
          "editableUntil" : "2026-08-28T10:00:22.358Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amandine Roux",
            "screen_name" : "ARoux_Douai",
            "indices" : [
              "231",
              "243"
            ],
            "id_str" : "1840026664119116740",
            "id" : "1840026664119116740"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "70",
      "id_str" : "2093269952291532872",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2093269952291532872",
      "created_at" : "Fri Aug 28 09:30:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Amandine Roux prend la direction de notre usine de Douai. Ingénieure de formation, elle a piloté la reconstruction de l’atelier peinture après l’incendie de février. Félicitations Amandine, le site est entre de très bonnes mains ! @ARoux_Douai",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092673582884502126"
          ],
          "editableUntil" : "2026-08-26T18:30:36.811Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Réindustrialisation",
            "indices" : [
              "190",
              "210"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "104",
      "id_str" : "2092673582884502126",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2092673582884502126",
      "created_at" : "Wed Aug 26 18:00:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Je lis beaucoup de choses sur le « retour des usines ». Je préfère parler de retour des compétences. Une usine se construit en deux ans. Une équipe de chaudronniers expérimentés, en quinze. #Réindustrialisation",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092643353186940208"
          ],
          "editableUntil" : "2026-08-26T16:30:29.490Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "42",
      "id_str" : "2092643353186940208",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2092643353186940208",
      "created_at" : "Wed Aug 26 16:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Ils sont 340 à commencer leur alternance chez nous cette semaine. Certains ont 16 ans, d’autres 24. À leurs tuteurs, je demande une seule chose : qu’ils se souviennent de leur propre premier jour.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091888335084897452"
          ],
          "editableUntil" : "2026-08-24T14:30:19.147Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "NordIsère",
            "indices" : [
              "136",
              "146"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "39",
      "id_str" : "2091888335084897452",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2091888335084897452",
      "created_at" : "Mon Aug 24 14:00:19 +0000 2026",
      "favorited" : false,
      "full_text" : "La charpente métallique arrive cette semaine sur le chantier du Nord-Isère. 1 800 tonnes d’acier, dont une partie produite en France 🇫🇷 #NordIsère",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091201403235177749"
          ],
          "editableUntil" : "2026-08-22T17:00:41.831Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Élodie 🔧",
            "screen_name" : "elodie_chaudro",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1885112089588619360",
            "id" : "1885112089588619360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "2091136223750331932",
      "id_str" : "2091201403235177749",
      "in_reply_to_user_id" : "1885112089588619360",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2091201403235177749",
      "in_reply_to_status_id" : "2091136223750331932",
      "created_at" : "Sat Aug 22 16:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@elodie_chaudro Deuxième année, ça y est ! Tu verras, c’est celle où on commence à former les nouveaux. Et c’est là qu’on comprend vraiment son métier.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "elodie_chaudro",
      "in_reply_to_user_id_str" : "1885112089588619360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090408612491487235"
          ],
          "editableUntil" : "2026-08-20T12:30:25.788Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "329",
      "id_str" : "2090408612491487235",
      "truncated" : false,
      "retweet_count" : "76",
      "id" : "2090408612491487235",
      "created_at" : "Thu Aug 20 12:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "La première HP-Forge de série est partie ce matin de Chalon, direction les Aravis. Quatre ans de recherche, six mois d'industrialisation, un camion. Je crois que toute l'équipe a filmé le départ. Moi aussi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089230884139938114"
          ],
          "editableUntil" : "2026-08-17T06:30:33.468Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "51",
      "id_str" : "2089230884139938114",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2089230884139938114",
      "created_at" : "Mon Aug 17 06:00:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Sur les 64 remontées sécurité de l’été, 19 concernent la chaleur. Aucune n’a conduit à un accident, mais trois presque. Ce sont celles-là que je veux comprendre en détail. Un presque-accident est un cadeau : il prévient sans blesser.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089223263330411216"
          ],
          "editableUntil" : "2026-08-17T06:00:16.526Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "97",
      "id_str" : "2089223263330411216",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2089223263330411216",
      "created_at" : "Mon Aug 17 05:30:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Retour. Première chose faite ce matin : lire les 64 remontées sécurité de l’été avant les 900 mails. L’ordre des lectures dit l’ordre des priorités.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088566509506763416"
          ],
          "editableUntil" : "2026-08-15T10:30:34.212Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "253",
      "id_str" : "2088566509506763416",
      "truncated" : false,
      "retweet_count" : "59",
      "id" : "2088566509506763416",
      "created_at" : "Sat Aug 15 10:00:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Montagne, 2 400 m, refuge. Le gardien chauffe l’eau avec un capteur solaire bricolé et un vieux ballon. Rendement discutable, ingéniosité totale. Je lui ai laissé ma carte. Il l’a mise dans le poêle, je crois.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087449137698769666"
          ],
          "editableUntil" : "2026-08-12T08:30:32.013Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "49",
      "id_str" : "2087449137698769666",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2087449137698769666",
      "created_at" : "Wed Aug 12 08:00:32 +0000 2026",
      "favorited" : false,
      "full_text" : "En vacances dans les Alpes, j'ai visité une petite centrale hydroélectrique de 1920 encore en service. Un siècle de fonctionnement. Nos équipements doivent viser ça : durer. La durabilité, c'est d'abord la durée.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086500370725601262"
          ],
          "editableUntil" : "2026-08-09T17:40:28.340Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "192",
              "200"
            ]
          },
          {
            "text" : "Efficacité",
            "indices" : [
              "201",
              "212"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "19",
      "id_str" : "2086500370725601262",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2086500370725601262",
      "created_at" : "Sun Aug 09 17:10:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Lecture de vacances n°2 : « Éloge du réglage », d’Antoine Vasseur. 150 pages sur l’idée qu’on gagne plus à bien régler ce qui existe qu’à acheter du neuf. J’aurais pu l’écrire. En moins bien. #Lecture #Efficacité",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085727765244792187"
          ],
          "editableUntil" : "2026-08-07T14:30:24.839Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "155",
      "id_str" : "2085727765244792187",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "2085727765244792187",
      "created_at" : "Fri Aug 07 14:00:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Vacances, jour 7. J'ai réussi à ne pas regarder la consommation du chauffe-eau de la location. Jour 8, je n'ai pas réussi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085705088721415715"
          ],
          "editableUntil" : "2026-08-07T13:00:18.334Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ChaleurUtile",
            "indices" : [
              "237",
              "250"
            ]
          },
          {
            "text" : "Numérique",
            "indices" : [
              "251",
              "261"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "261"
      ],
      "favorite_count" : "89",
      "id_str" : "2085705088721415715",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2085705088721415715",
      "created_at" : "Fri Aug 07 12:30:18 +0000 2026",
      "favorited" : false,
      "full_text" : "On dit souvent que le numérique est un gouffre énergétique. C'est vrai. Mais un serveur qui chauffe des logements au lieu de chauffer le ciel, c'est déjà un gouffre un peu moins profond. À quand l'obligation de récupérer cette chaleur ? #ChaleurUtile #Numérique",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084300939246664080"
          ],
          "editableUntil" : "2026-08-03T16:00:43.012Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "241",
              "249"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "249"
      ],
      "favorite_count" : "36",
      "id_str" : "2084300939246664080",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2084300939246664080",
      "created_at" : "Mon Aug 03 15:30:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Lecture de vacances n°1 : « La Vallée des forges », de Corinne Massard. Deux siècles d'une vallée métallurgique du Jura, racontés par les familles. On comprend mieux pourquoi la fermeture d'une usine n'est jamais qu'une affaire de chiffres. #Lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083462785098792599"
          ],
          "editableUntil" : "2026-08-01T08:30:11.491Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Collectif Fabrique France",
            "screen_name" : "CollectifIndus",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "6606879067",
            "id" : "6606879067"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2083462785098792599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083462785098792599",
      "created_at" : "Sat Aug 01 08:00:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CollectifIndus: Cet été, 12 000 jeunes découvrent l’industrie en job d’été. Certains y resteront. Merci aux tuteurs qui les accueillent.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083221233252659066"
          ],
          "editableUntil" : "2026-07-31T16:30:21.043Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "59",
      "id_str" : "2083221233252659066",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2083221233252659066",
      "created_at" : "Fri Jul 31 16:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Dernier soir avant la coupure. Je pars avec trois livres, zéro dossier, et une promesse faite à ma fille : pas un mot sur les pompes à chaleur pendant quinze jours. On verra.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082028482517447557"
          ],
          "editableUntil" : "2026-07-28T09:30:47.107Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "634",
      "id_str" : "2082028482517447557",
      "truncated" : false,
      "retweet_count" : "166",
      "id" : "2082028482517447557",
      "created_at" : "Tue Jul 28 09:00:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Près d'un milliard d'euros de chiffre d'affaires en six mois, +8%, une marge qui progresse encore. Je remercie nos équipes et nos clients. Et je rappelle que les chiffres, c'est le résultat de ce qu'on fait bien, pas l'objectif.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081965532383475330"
          ],
          "editableUntil" : "2026-07-28T05:20:38.626Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "69",
      "id_str" : "2081965532383475330",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2081965532383475330",
      "created_at" : "Tue Jul 28 04:50:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Un semestre solide, porté par les services et par nos premières PAC haute température. Mais ma priorité pour la rentrée est ailleurs : livrer Nord-Isère à l’heure et sans accident.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081307446892518969"
          ],
          "editableUntil" : "2026-07-26T09:45:38.818Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "77",
      "id_str" : "2081307446892518969",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2081307446892518969",
      "created_at" : "Sun Jul 26 09:15:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Avant de partir en congés, je lis la boîte à idées de juillet. Ma préférée : « Installer un ventilateur dans le bureau de la direction pour qu’elle comprenne l’atelier. » Validé. Le ventilateur. Pas l’atelier sans ventilation.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081046819981383420"
          ],
          "editableUntil" : "2026-07-25T16:30:00.520Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "416",
      "id_str" : "2081046819981383420",
      "truncated" : false,
      "retweet_count" : "48",
      "id" : "2081046819981383420",
      "created_at" : "Sat Jul 25 16:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Dernière semaine avant la pause. Je vide ma boîte de réception à zéro pour la première fois depuis 2023. Je crois que je vais l’encadrer, elle aussi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079793765533933891"
          ],
          "editableUntil" : "2026-07-22T05:30:49.059Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "39",
      "id_str" : "2079793765533933891",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2079793765533933891",
      "created_at" : "Wed Jul 22 05:00:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Il fait 36 °C à Lyon. Je pense aux couvreurs, aux soudeurs, aux techniciens dans les chaufferies. On parle beaucoup du climat qui change, moins de ceux qui travaillent dedans. Ce sont eux les premiers exposés.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079567118027813880"
          ],
          "editableUntil" : "2026-07-21T14:30:12.083Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fondation Hélvion",
            "screen_name" : "FondHelvion",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "9327434929",
            "id" : "9327434929"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "225",
      "id_str" : "2079567118027813880",
      "truncated" : false,
      "retweet_count" : "58",
      "id" : "2079567118027813880",
      "created_at" : "Tue Jul 21 14:00:12 +0000 2026",
      "favorited" : false,
      "full_text" : "La @FondHelvion soutient 12 nouveaux projets d'associations contre la précarité énergétique : 320 000 € et 2 000 heures de bénévolat de nos techniciens. Découvrez les lauréats !",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078872655526326493"
          ],
          "editableUntil" : "2026-07-19T16:30:39.320Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "47",
      "id_str" : "2078872655526326493",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2078872655526326493",
      "created_at" : "Sun Jul 19 16:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Test de la note écrite de deux pages : on a annulé sept réunions cette semaine. Trois personnes m’ont dit qu’elles avaient enfin le temps de réfléchir. Une m’a dit qu’elle n’aime pas écrire. On va l’aider.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078170601429291631"
          ],
          "editableUntil" : "2026-07-17T18:00:56.580Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "34",
      "id_str" : "2078170601429291631",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2078170601429291631",
      "created_at" : "Fri Jul 17 17:30:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Pilot 4 déjà déployé sur 120 sites en six semaines ! Les premiers clients constatent jusqu’à 14 % d’économies sur leur facture d’électricité de juin 📡",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078162891150732234"
          ],
          "editableUntil" : "2026-07-17T17:30:18.306Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "86",
      "id_str" : "2078162891150732234",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2078162891150732234",
      "created_at" : "Fri Jul 17 17:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Vacances dans dix jours. Cette année, je laisse mon téléphone professionnel à mon adjoint pendant deux semaines. Ceux qui me connaissent savent que c’est un exploit.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077453261012512150"
          ],
          "editableUntil" : "2026-07-15T18:30:29.297Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "49",
      "id_str" : "2077453261012512150",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2077453261012512150",
      "created_at" : "Wed Jul 15 18:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Les arrêts techniques d’été, c’est le moment où nos techniciens entrent dans les usines de nos clients quand tout le monde est en vacances. Trois semaines pour faire un an de maintenance. Respect absolu.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076954887737253963"
          ],
          "editableUntil" : "2026-07-14T09:30:07.849Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "15",
      "id_str" : "2076954887737253963",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2076954887737253963",
      "created_at" : "Tue Jul 14 09:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "14 juillet. Je relis la lettre d'un apprenti de Douai qui m'a écrit après l'incendie : « Je veux rester ici parce que personne n'est parti. » C'est mon idée de la patrie, au fond : les gens qui restent quand ça brûle.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075860273597340138"
          ],
          "editableUntil" : "2026-07-11T09:00:31.501Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "90",
      "id_str" : "2075860273597340138",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2075860273597340138",
      "created_at" : "Sat Jul 11 08:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi au bord du lac d’Annecy avec l’équipe de l’usine qui organisait son pique-nique d’été. Les familles, les enfants, un barbecue au gaz (personne n’est parfait). Les meilleurs indicateurs de climat social ne sont pas dans les tableaux de bord.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075293947684644125"
          ],
          "editableUntil" : "2026-07-09T19:30:08.882Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico F.",
            "screen_name" : "nico_maint69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1228239628580366224",
            "id" : "1228239628580366224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "2075272808394541870",
      "id_str" : "2075293947684644125",
      "in_reply_to_user_id" : "1228239628580366224",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2075293947684644125",
      "in_reply_to_status_id" : "2075272808394541870",
      "created_at" : "Thu Jul 09 19:00:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@nico_maint69 Les astreintes d’été sont les plus dures, je sais. On a augmenté la prime d’astreinte de 15 % en mai. Si ce n’est pas visible sur ta fiche de paie, écris-moi en privé.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nico_maint69",
      "in_reply_to_user_id_str" : "1228239628580366224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075112933055671056"
          ],
          "editableUntil" : "2026-07-09T07:30:51.631Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "56",
      "id_str" : "2075112933055671056",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2075112933055671056",
      "created_at" : "Thu Jul 09 07:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Notre première PAC en Espagne chauffera une conserverie de légumes dans la vallée de l'Èbre, qui brûlait jusqu'ici du fioul lourd. 8 000 tonnes de CO2 en moins chaque année. Gracias al equipo 🇪🇸",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074565407802358037"
          ],
          "editableUntil" : "2026-07-07T19:15:11.438Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sarah Ménard",
            "screen_name" : "SarahMenard69",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1774055990092317439",
            "id" : "1774055990092317439"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "2074529420673318686",
      "id_str" : "2074565407802358037",
      "in_reply_to_user_id" : "1774055990092317439",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2074565407802358037",
      "in_reply_to_status_id" : "2074529420673318686",
      "created_at" : "Tue Jul 07 18:45:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@SarahMenard69 Bonne question. Les horaires de formation seront adaptés aux contraintes de transport, on y travaille avec la région. Personne ne doit renoncer à une formation parce qu’il n’y a pas de bus.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "SarahMenard69",
      "in_reply_to_user_id_str" : "1774055990092317439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073814248585365986"
          ],
          "editableUntil" : "2026-07-05T17:30:21.125Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "2073769956734439439",
      "id_str" : "2073814248585365986",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073814248585365986",
      "in_reply_to_status_id" : "2073769956734439439",
      "created_at" : "Sun Jul 05 17:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Je ne suis pas candidate à quoi que ce soit, ni maintenant ni plus tard. Mon mandat, c’est Hélvion, et il me prend déjà tout mon temps.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073323574202604667"
          ],
          "editableUntil" : "2026-07-04T09:00:35.236Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "95",
      "id_str" : "2073323574202604667",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2073323574202604667",
      "created_at" : "Sat Jul 04 08:30:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce matin, vélo jusqu’au chantier de Saint-Quentin-Fallavier. 38 km. Pas une photo officielle, juste le plaisir de voir les fondations sortir de terre. Les grues, c’est ma madeleine de Proust.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073074451656675223"
          ],
          "editableUntil" : "2026-07-03T16:30:39.792Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/MathildeVarenne/status/2073074451656675223/photo/1",
            "indices" : [
              "222",
              "245"
            ],
            "url" : "https://t.co/qLG6J8So4g",
            "media_url" : "http://pbs.twimg.com/media/mbJBaSBa2cbq7fl.jpg",
            "id_str" : "2073074371965961547",
            "id" : "2073074371965961547",
            "media_url_https" : "https://pbs.twimg.com/media/mbJBaSBa2cbq7fl.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/qLG6J8So4g"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "245"
      ],
      "favorite_count" : "14",
      "id_str" : "2073074451656675223",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073074451656675223",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 03 16:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Rencontre avec un fournisseur d'acier de la vallée du Gier qui a failli fermer en 2023. Il livre aujourd'hui nos usines de Roanne et de Chalon. L'industrie, c'est une chaîne. Quand un maillon casse, tout le monde le sent. https://t.co/qLG6J8So4g",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/MathildeVarenne/status/2073074451656675223/photo/1",
            "indices" : [
              "222",
              "245"
            ],
            "url" : "https://t.co/qLG6J8So4g",
            "media_url" : "http://pbs.twimg.com/media/mbJBaSBa2cbq7fl.jpg",
            "id_str" : "2073074371965961547",
            "id" : "2073074371965961547",
            "media_url_https" : "https://pbs.twimg.com/media/mbJBaSBa2cbq7fl.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/qLG6J8So4g"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072621435771610985"
          ],
          "editableUntil" : "2026-07-02T10:30:32.389Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "115",
      "id_str" : "2072621435771610985",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2072621435771610985",
      "created_at" : "Thu Jul 02 10:00:32 +0000 2026",
      "favorited" : false,
      "full_text" : "850 nouveaux collègues en six mois. Derrière ce chiffre il y a des parrains, des tuteurs, des chefs d'équipe qui forment en plus de produire. À eux aussi, merci. Encore 350 à accueillir d'ici décembre.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072187247970873753"
          ],
          "editableUntil" : "2026-07-01T05:45:13.950Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "39",
      "id_str" : "2072187247970873753",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2072187247970873753",
      "created_at" : "Wed Jul 01 05:15:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Premier jour de juillet, premier bilan de semestre avec le comex. J’ai imposé une règle : chaque directeur commence par ce qui n’a pas marché. On a gagné une heure de réunion.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072047604477695606"
          ],
          "editableUntil" : "2026-06-30T20:30:20.347Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "228",
      "id_str" : "2072047604477695606",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2072047604477695606",
      "created_at" : "Tue Jun 30 20:00:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Atelier de Chalon à 19h, 34 °C dehors. Les équipes ont installé elles-mêmes des brumisateurs sur la ligne de soudure. Je leur ai demandé ce qu’il manquait : des volets roulants sur la façade ouest. Commandés demain.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071468738646446663"
          ],
          "editableUntil" : "2026-06-29T06:10:07.978Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Management",
            "indices" : [
              "221",
              "232"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "106",
      "id_str" : "2071468738646446663",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2071468738646446663",
      "created_at" : "Mon Jun 29 05:40:07 +0000 2026",
      "favorited" : false,
      "full_text" : "J’ai posé la question. Réponse collective : on fait des réunions parce qu’on n’écrit pas assez. On teste en juillet : une note écrite de deux pages avant chaque décision, et la réunion seulement si la note ne suffit pas. #Management",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070779286732507771"
          ],
          "editableUntil" : "2026-06-27T08:30:29.832Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "25",
      "id_str" : "2070779286732507771",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2070779286732507771",
      "created_at" : "Sat Jun 27 08:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Dernière semaine de juin, je relis les entretiens annuels de mon comité de direction. Un point commun : tous voudraient moins de réunions. Moi aussi. Alors pourquoi en avons-nous autant ? Je pose la question lundi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070215601505540433"
          ],
          "editableUntil" : "2026-06-25T19:10:36.801Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "18",
      "in_reply_to_status_id_str" : "2070209561708280163",
      "id_str" : "2070215601505540433",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070215601505540433",
      "in_reply_to_status_id" : "2070209561708280163",
      "created_at" : "Thu Jun 25 18:40:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Les coûts de construction de Nord-Isère sont dans l’enveloppe pour l’instant. On en reparlera honnêtement à chaque étape, y compris si ça dérape.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069797750713152913"
          ],
          "editableUntil" : "2026-06-24T15:30:13.409Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/D6DXucJapx",
            "expanded_url" : "https://twitter.com/Helvion_Groupe/status/2069677024817461840",
            "display_url" : "twitter.com/Helvion_Groupe…",
            "indices" : [
              "215",
              "238"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "43",
      "id_str" : "2069797750713152913",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2069797750713152913",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 24 15:00:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Nous passons de B à A en notation extra-financière. Je ne suis pas fan des notes, mais celle-ci récompense des choses réelles : moins d'accidents, moins d'émissions, plus de femmes dans les ateliers. Ça, ça compte. https://t.co/D6DXucJapx",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069468164078235503"
          ],
          "editableUntil" : "2026-06-23T17:40:33.832Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Collectif Fabrique France",
            "screen_name" : "CollectifIndus",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "6606879067",
            "id" : "6606879067"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2069468164078235503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069468164078235503",
      "created_at" : "Tue Jun 23 17:10:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CollectifIndus: Dans l’industrie, 1 jeune sur 3 qui découvre une usine lors d’une visite dit envisager d’y travailler. Ouvrons nos port…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068793675689513936"
          ],
          "editableUntil" : "2026-06-21T21:00:23.269Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "39",
      "id_str" : "2068793675689513936",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2068793675689513936",
      "created_at" : "Sun Jun 21 20:30:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Fête de la musique. Un groupe de nos apprentis de Vénissieux joue ce soir place Sathonay. Ils ont appelé leur groupe « Les Détendeurs ». Je ne pouvais pas ne pas venir.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068370983027586475"
          ],
          "editableUntil" : "2026-06-20T17:00:45.485Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "179",
      "id_str" : "2068370983027586475",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2068370983027586475",
      "created_at" : "Sat Jun 20 16:30:45 +0000 2026",
      "favorited" : false,
      "full_text" : "40 ans de Roanne. J’y ai fait mon premier stage en 2001, au bureau des méthodes. Aujourd’hui, j’ai croisé mon ancien tuteur, retraité, qui m’a dit : « Tu fais toujours trop de PowerPoint. » Il a raison.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068257707997830336"
          ],
          "editableUntil" : "2026-06-20T09:30:38.613Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "123",
      "id_str" : "2068257707997830336",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2068257707997830336",
      "created_at" : "Sat Jun 20 09:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, fête de quartier. Un voisin me demande si la PAC qu’il vient d’installer « marche vraiment ». On est allés voir ensemble. Elle marche, mais elle était réglée à 60 °C pour un plancher chauffant. Combien sont dans ce cas en France ?",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067535481282655746"
          ],
          "editableUntil" : "2026-06-18T09:40:46.346Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion",
            "screen_name" : "Helvion_Groupe",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2871069145",
            "id" : "2871069145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2067535481282655746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067535481282655746",
      "created_at" : "Thu Jun 18 09:10:46 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @Helvion_Groupe: 🤝 Hélvion et Réseau Chaleur Grand Est s’associent pour raccorder 15 sites industriels à des réseaux de chaleur alimenté…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067472461523769690"
          ],
          "editableUntil" : "2026-06-18T05:30:21.265Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "17",
      "id_str" : "2067472461523769690",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2067472461523769690",
      "created_at" : "Thu Jun 18 05:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Entretien ce matin avec une candidate au poste de directrice d’usine. Elle m’a posé plus de questions que moi. C’est généralement bon signe.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067314001073523532"
          ],
          "editableUntil" : "2026-06-17T19:00:41.349Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "108",
      "id_str" : "2067314001073523532",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2067314001073523532",
      "created_at" : "Wed Jun 17 18:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Nos équipes R&amp;D ont validé 5 000 heures de fonctionnement continu sur HP-Forge 160 au banc d’essais de Vénissieux. On est prêts pour les premières livraisons ✅",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066778046576400781"
          ],
          "editableUntil" : "2026-06-16T07:30:59.840Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "76",
      "id_str" : "2066778046576400781",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2066778046576400781",
      "created_at" : "Tue Jun 16 07:00:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Près de 8 apprentis sur 10 restent chez nous en CDI après leur diplôme. Cette année ils étaient 350. L’apprentissage n’est pas une politique RH, c’est notre façon de fabriquer l’entreprise de demain.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066747826655703915"
          ],
          "editableUntil" : "2026-06-16T05:30:54.849Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "238",
              "246"
            ]
          },
          {
            "text" : "Métiers",
            "indices" : [
              "247",
              "255"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "68",
      "id_str" : "2066747826655703915",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2066747826655703915",
      "created_at" : "Tue Jun 16 05:00:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Lu dans le train : « Les Mains savantes », de Ludovic Sarrail. Sur l’intelligence des gestes professionnels et ce qu’on perd quand on les méprise. Je n’ai pas été d’accord avec tout, mais le chapitre sur les chaudronniers est magnifique. #Lecture #Métiers",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066083394540392843"
          ],
          "editableUntil" : "2026-06-14T09:30:41.888Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "32",
      "id_str" : "2066083394540392843",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2066083394540392843",
      "created_at" : "Sun Jun 14 09:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche, fête des pères dans une semaine, on me demande déjà une idée de cadeau pour mon mari. J’ai proposé un thermomètre infrarouge. Apparemment ce n’est « pas romantique ». Je ne comprends pas.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065509664083336326"
          ],
          "editableUntil" : "2026-06-12T19:30:53.888Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "89",
      "id_str" : "2065509664083336326",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2065509664083336326",
      "created_at" : "Fri Jun 12 19:00:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Je pense encore au maçon d’hier. Il m’a écrit ce soir un petit mot, à la main, déposé à l’accueil du siège. Je le garde avec la lettre de démission du jeune ingénieur. Deux rappels de ce qu’on doit à ceux qui travaillent.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065147105902704751"
          ],
          "editableUntil" : "2026-06-11T19:30:13.282Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "30",
      "id_str" : "2065147105902704751",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2065147105902704751",
      "created_at" : "Thu Jun 11 19:00:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce que personne n’a filmé aujourd’hui : le maçon qui a scellé la pierre m’a dit qu’il avait construit l’usine de son père dans les années 80, à 20 km d’ici, fermée depuis. « Celle-là, vous la gardez. » Promis.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065013705096097525"
          ],
          "editableUntil" : "2026-06-11T10:40:08.051Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "39",
      "id_str" : "2065013705096097525",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2065013705096097525",
      "created_at" : "Thu Jun 11 10:10:08 +0000 2026",
      "favorited" : false,
      "full_text" : "La première pierre de notre usine du Nord-Isère est posée ! 120 M€ investis, 450 emplois, des PAC HP-Forge fabriquées en France à partir de 2028. Merci à toutes celles et ceux qui rendent ce projet possible 🇫🇷",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064578319947464718"
          ],
          "editableUntil" : "2026-06-10T05:50:04.142Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "39",
      "id_str" : "2064578319947464718",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2064578319947464718",
      "created_at" : "Wed Jun 10 05:20:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Je lis les chiffres sur l’absentéisme dans l’industrie. Derrière les chiffres, il y a souvent des postes pénibles qu’on n’a pas voulu voir. Chez nous, on a 30 postes identifiés comme prioritaires. On en a transformé 11. Il en reste 19.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064426055031318804"
          ],
          "editableUntil" : "2026-06-09T19:45:01.357Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "25",
      "in_reply_to_status_id_str" : "2064340742886619744",
      "id_str" : "2064426055031318804",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064426055031318804",
      "in_reply_to_status_id" : "2064340742886619744",
      "created_at" : "Tue Jun 09 19:15:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Je serai jeudi à Saint-Quentin-Fallavier, oui. Pas de pelle dorée, j’ai insisté. On posera une vraie pierre, avec des vrais maçons.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063652266332638981"
          ],
          "editableUntil" : "2026-06-07T16:30:15.755Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ETI",
            "indices" : [
              "223",
              "227"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "37",
      "id_str" : "2063652266332638981",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2063652266332638981",
      "created_at" : "Sun Jun 07 16:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Je rentre d’un déjeuner avec des dirigeants d’ETI. Consensus : nos entreprises savent produire, elles savent moins raconter ce qu’elles produisent. La discrétion industrielle française a des qualités. Elle a aussi un coût. #ETI",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063161586015219764"
          ],
          "editableUntil" : "2026-06-06T08:00:28.451Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "100",
      "id_str" : "2063161586015219764",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2063161586015219764",
      "created_at" : "Sat Jun 06 07:30:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi matin, atelier de réparation de vélos pour le quartier, animé par un technicien retraité de chez nous. Il répare, explique, et refuse qu’on le paie. « Je continue la maintenance, c’est tout. »",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062769009226695243"
          ],
          "editableUntil" : "2026-06-05T06:00:30.851Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Industrie",
            "indices" : [
              "205",
              "215"
            ]
          },
          {
            "text" : "Écologie",
            "indices" : [
              "216",
              "225"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "87",
      "id_str" : "2062769009226695243",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2062769009226695243",
      "created_at" : "Fri Jun 05 05:30:30 +0000 2026",
      "favorited" : false,
      "full_text" : "À ceux qui opposent écologie et industrie : la ligne de soudage la plus propre de France est peut-être dans une usine de 1972 à Douai. Et ses soudeurs votent comme tout le monde. Arrêtons les caricatures. #Industrie #Écologie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062504712905983478"
          ],
          "editableUntil" : "2026-06-04T12:30:17.698Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "16",
      "id_str" : "2062504712905983478",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2062504712905983478",
      "created_at" : "Thu Jun 04 12:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Pilot 4 fait une chose simple à dire et difficile à faire : faire tourner les PAC quand l'électricité est la moins chère et la moins carbonée. 18 % d'économies en plus chez les premiers clients. Bravo à l'équipe logiciel d'Annecy et de Vénissieux.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061840441605886307"
          ],
          "editableUntil" : "2026-06-02T16:30:43.078Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "139",
      "id_str" : "2061840441605886307",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2061840441605886307",
      "created_at" : "Tue Jun 02 16:00:43 +0000 2026",
      "favorited" : false,
      "full_text" : "L'investisseur sceptique est venu à Chalon compter les compteurs. Il a passé 3 heures dans l'usine, posé 40 questions, et il est reparti avec un casque Hélvion. Je ne sais pas s'il achètera nos actions mais il a compris ce qu'on fait.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061115684194791071"
          ],
          "editableUntil" : "2026-05-31T16:30:47.446Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sarah Ménard",
            "screen_name" : "SarahMenard69",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1774055990092317439",
            "id" : "1774055990092317439"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "2060984066936648421",
      "id_str" : "2061115684194791071",
      "in_reply_to_user_id" : "1774055990092317439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061115684194791071",
      "in_reply_to_status_id" : "2060984066936648421",
      "created_at" : "Sun May 31 16:00:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@SarahMenard69 Félicitations pour ton CDI ! Tu as commencé en alternance, tu signes en CDI : c’est exactement le chemin qu’on espère pour chacun.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "SarahMenard69",
      "in_reply_to_user_id_str" : "1774055990092317439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060685295621731149"
          ],
          "editableUntil" : "2026-05-30T12:00:34.814Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "155",
      "id_str" : "2060685295621731149",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "2060685295621731149",
      "created_at" : "Sat May 30 11:30:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Forum alternance à Chalon ce matin. Une mère venue avec son fils de 16 ans m’a dit : « Il ne veut pas faire d’études. » Il a passé 45 minutes sur le poste de soudure. Je crois qu’il veut faire des études, juste pas assis.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060228531842400871"
          ],
          "editableUntil" : "2026-05-29T05:45:33.843Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Sécurité",
            "indices" : [
              "188",
              "197"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "244",
      "id_str" : "2060228531842400871",
      "truncated" : false,
      "retweet_count" : "46",
      "id" : "2060228531842400871",
      "created_at" : "Fri May 29 05:15:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Mon objectif sécurité pour 2028, je le dis ici pour qu’on me le rappelle : taux de fréquence &lt; 2 sur tous les sites, Liège compris. Nous sommes à 3,4. Le chemin est long, il est tracé. #Sécurité",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060077616674918890"
          ],
          "editableUntil" : "2026-05-28T19:45:52.863Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Formation",
            "indices" : [
              "229",
              "239"
            ]
          },
          {
            "text" : "MétiersEnTension",
            "indices" : [
              "240",
              "257"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "257"
      ],
      "favorite_count" : "7",
      "id_str" : "2060077616674918890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060077616674918890",
      "created_at" : "Thu May 28 19:15:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Relu le dernier rapport sur les métiers en tension. Les frigoristes, chaudronniers et soudeurs sont tous dans le haut du tableau depuis dix ans. On ne manque pas de diagnostics. On manque de places de formation et de formateurs. #Formation #MétiersEnTension",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060028462128100800"
          ],
          "editableUntil" : "2026-05-28T16:30:33.506Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Alternance",
            "indices" : [
              "160",
              "171"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "62",
      "id_str" : "2060028462128100800",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2060028462128100800",
      "created_at" : "Thu May 28 16:00:33 +0000 2026",
      "favorited" : false,
      "full_text" : "📅 Samedi 30 mai, forum de l'alternance Hélvion sur nos 5 sites ! 350 postes d'alternants à pourvoir, du CAP au diplôme d'ingénieur. Entrée libre, de 9h à 13h 🚀 #Alternance",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059673617523491821"
          ],
          "editableUntil" : "2026-05-27T17:00:31.959Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "81",
      "id_str" : "2059673617523491821",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2059673617523491821",
      "created_at" : "Wed May 27 16:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Je relis mes notes de 2019. J’écrivais : « la PAC industrielle, c’est pour dans 15 ans ». Sept ans plus tard, on en vend. Moralité : méfiez-vous des certitudes des dirigeants, y compris des miennes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059213135684022443"
          ],
          "editableUntil" : "2026-05-26T10:30:44.534Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hugo Marchetti",
            "screen_name" : "HugoMarchetti",
            "indices" : [
              "171",
              "185"
            ],
            "id_str" : "1383184387843071981",
            "id" : "1383184387843071981"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "34",
      "id_str" : "2059213135684022443",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2059213135684022443",
      "created_at" : "Tue May 26 10:00:44 +0000 2026",
      "favorited" : false,
      "full_text" : "François a été mon directeur financier pendant 6 ans. Il m'a appris à lire un bilan comme un roman et à ne jamais croire un prévisionnel trop joli. Il part à la retraite, @HugoMarchetti arrive. Merci François, bienvenue Hugo.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058609021866488053"
          ],
          "editableUntil" : "2026-05-24T18:30:12.576Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Électricité",
            "indices" : [
              "199",
              "211"
            ]
          },
          {
            "text" : "Raccordement",
            "indices" : [
              "212",
              "225"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "71",
      "id_str" : "2058609021866488053",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2058609021866488053",
      "created_at" : "Sun May 24 18:00:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce qui m’inquiète dans le débat énergétique : on discute des objectifs 2050 avec passion et des délais de raccordement électrique de 2027 avec indifférence. Or c’est le second qui décide du premier. #Électricité #Raccordement",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058181218260615611"
          ],
          "editableUntil" : "2026-05-23T14:10:16.248Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "37",
      "id_str" : "2058181218260615611",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2058181218260615611",
      "created_at" : "Sat May 23 13:40:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi au marché aux plantes de Lyon. J’ai acheté trois tomates anciennes. L’année dernière, les limaces ont tout mangé. Cette année, j’ai un plan. Il n’est pas encore chiffré.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057519298266141411"
          ],
          "editableUntil" : "2026-05-21T18:20:02.223Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/WIXyapVnTx",
            "expanded_url" : "https://twitter.com/Helvion_Groupe/status/2057499362000397024",
            "display_url" : "twitter.com/Helvion_Groupe…",
            "indices" : [
              "230",
              "253"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "33",
      "id_str" : "2057519298266141411",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2057519298266141411",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 21 17:50:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Merci aux actionnaires présents cet après-midi, individuels comme institutionnels. Le dividende de 1,15 € est voté. Ce que j’ai surtout retenu : les questions sur la formation et sur Douai, avant celles sur le cours. Ça me plaît. https://t.co/WIXyapVnTx",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056970763170538439"
          ],
          "editableUntil" : "2026-05-20T06:00:21.265Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Management",
            "indices" : [
              "195",
              "206"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "47",
      "id_str" : "2056970763170538439",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2056970763170538439",
      "created_at" : "Wed May 20 05:30:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Je crois que la meilleure formation au management est d’avoir été managé par quelqu’un de très bon et par quelqu’un de très mauvais. On apprend autant des deux. Je remercie secrètement les deux. #Management",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056802218499257793"
          ],
          "editableUntil" : "2026-05-19T18:50:37.084Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2056707343344337619",
      "id_str" : "2056802218499257793",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2056802218499257793",
      "in_reply_to_status_id" : "2056707343344337619",
      "created_at" : "Tue May 19 18:20:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon Oui, les questions écrites reçues avant l’AG auront toutes une réponse, publiée sur le site. Même celles qui fâchent. Surtout celles-là.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056062248517799689"
          ],
          "editableUntil" : "2026-05-17T17:50:14.492Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico F.",
            "screen_name" : "nico_maint69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1228239628580366224",
            "id" : "1228239628580366224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "30",
      "in_reply_to_status_id_str" : "2056002857169239196",
      "id_str" : "2056062248517799689",
      "in_reply_to_user_id" : "1228239628580366224",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2056062248517799689",
      "in_reply_to_status_id" : "2056002857169239196",
      "created_at" : "Sun May 17 17:20:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@nico_maint69 Bravo pour ton habilitation ! Et merci d’avoir pris le temps de l’écrire ici. Ce genre de message me fait plus plaisir que n’importe quel résultat trimestriel.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nico_maint69",
      "in_reply_to_user_id_str" : "1228239628580366224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055634593899398477"
          ],
          "editableUntil" : "2026-05-16T13:30:53.686Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "64",
      "id_str" : "2055634593899398477",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2055634593899398477",
      "created_at" : "Sat May 16 13:00:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Jardin. Je viens de poser un récupérateur d’eau de pluie. 1 000 litres. Mon mari trouve que c’est « déformation professionnelle ». Il n’a pas tort : je cherche de l’énergie perdue partout, même dans les gouttières.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054856944630355860"
          ],
          "editableUntil" : "2026-05-14T10:00:47.652Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "246"
      ],
      "favorite_count" : "158",
      "id_str" : "2054856944630355860",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2054856944630355860",
      "created_at" : "Thu May 14 09:30:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Jeudi de l’Ascension. Je lis « Le Contremaître », de Pierre-Yves Kermarec, un roman sur un chef d’équipe dans une usine textile qui ferme. Bouleversant. Les managers de proximité sont les grands oubliés de la littérature, et de nos organisations.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054479485606185457"
          ],
          "editableUntil" : "2026-05-13T09:00:54.408Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/HJ0vE53Mo2",
            "expanded_url" : "https://www.helvion.fr/rse/rapport-impact-2025",
            "display_url" : "helvion.fr/rse/rapport-imp…",
            "indices" : [
              "225",
              "248"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "36",
      "id_str" : "2054479485606185457",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2054479485606185457",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 13 08:30:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Rapport d'impact publié. Deux chiffres : nos propres émissions réduites de près d'un tiers depuis 2021, et 2,4 TWh économisés chez nos clients. Le second compte dix fois plus, mais sans le premier on ne serait pas crédibles. https://t.co/HJ0vE53Mo2",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054431582680880431"
          ],
          "editableUntil" : "2026-05-13T05:50:33.461Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "67",
      "id_str" : "2054431582680880431",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2054431582680880431",
      "created_at" : "Wed May 13 05:20:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Un investisseur m’a demandé hier si notre rapport d’impact était « du marketing ». Je l’ai invité à venir compter avec nous les compteurs de gaz de Chalon. Il a dit oui. Rendez-vous le 2 juin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054065459027699294"
          ],
          "editableUntil" : "2026-05-12T05:35:42.779Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PME",
            "indices" : [
              "237",
              "241"
            ]
          },
          {
            "text" : "Décarbonation",
            "indices" : [
              "242",
              "256"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "77",
      "id_str" : "2054065459027699294",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2054065459027699294",
      "created_at" : "Tue May 12 05:05:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Un patron de PME me disait hier : « La transition, c’est pour les grands groupes. » Non. Une PME qui change sa chaudière gaz par une PAC gagne souvent plus en proportion qu’un grand groupe. Il manque juste quelqu’un pour le lui montrer. #PME #Décarbonation",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053430002825898105"
          ],
          "editableUntil" : "2026-05-10T11:30:38.215Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "79",
      "id_str" : "2053430002825898105",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2053430002825898105",
      "created_at" : "Sun May 10 11:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Trail des crêts d’Yzeron, 24 km, 3h02. Dernier kilomètre avec un technicien de l’agence de Villefranche que je ne connaissais pas et qui m’a tirée jusqu’à l’arrivée. On a parlé de compresseurs pour oublier les crampes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053127924197634086"
          ],
          "editableUntil" : "2026-05-09T15:30:17.057Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "11",
      "id_str" : "2053127924197634086",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2053127924197634086",
      "created_at" : "Sat May 09 15:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Veille de trail. Sac prêt, dossard épinglé, et la certitude d’être partie trop vite dans 80 % de mes courses. Cette fois, je pars lentement. (Je dis ça à chaque fois.)",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052456035920840073"
          ],
          "editableUntil" : "2026-05-07T19:00:26.409Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "2052444207984129803",
      "id_str" : "2052456035920840073",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2052456035920840073",
      "in_reply_to_status_id" : "2052444207984129803",
      "created_at" : "Thu May 07 18:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Les fluides naturels sont l’avenir, j’en suis convaincue. Mais il faut former les techniciens à les manipuler en sécurité. Sinon on remplace un problème climatique par un problème d’accidents.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052101279117371661"
          ],
          "editableUntil" : "2026-05-06T19:30:45.796Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc-Olivier Jaouen",
            "screen_name" : "mo_jaouen_pme",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1818173373414400303",
            "id" : "1818173373414400303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2052030059835418440",
      "id_str" : "2052101279117371661",
      "in_reply_to_user_id" : "1818173373414400303",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2052101279117371661",
      "in_reply_to_status_id" : "2052030059835418440",
      "created_at" : "Wed May 06 19:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@mo_jaouen_pme Je ne suis pas contre les aides, je suis contre leur instabilité. Un industriel qui investit sur 15 ans ne peut pas vivre avec un dispositif qui change tous les 18 mois.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "mo_jaouen_pme",
      "in_reply_to_user_id_str" : "1818173373414400303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052070893834537381"
          ],
          "editableUntil" : "2026-05-06T17:30:01.380Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "194",
      "id_str" : "2052070893834537381",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2052070893834537381",
      "created_at" : "Wed May 06 17:00:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Je suis passée ce soir devant le terrain de Saint-Quentin-Fallavier. Des pelleteuses, de la boue, des piquets. Rien de spectaculaire. Je suis restée dix minutes dans la voiture à regarder. Il y aura une usine ici.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051600463284834190"
          ],
          "editableUntil" : "2026-05-05T10:20:41.997Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "76",
      "id_str" : "2051600463284834190",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2051600463284834190",
      "created_at" : "Tue May 05 09:50:41 +0000 2026",
      "favorited" : false,
      "full_text" : "La Fromagerie des Aravis choisit HP-Forge pour décarboner sa production : notre PAC récupérera la chaleur des eaux de lavage pour produire la vapeur de cuisson. -70 % de gaz sur le site. Le directeur du salon d'avril a tenu parole 😉",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051167526745991051"
          ],
          "editableUntil" : "2026-05-04T05:40:21.883Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Management",
            "indices" : [
              "204",
              "215"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "37",
      "id_str" : "2051167526745991051",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2051167526745991051",
      "created_at" : "Mon May 04 05:10:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Mon conseil aux jeunes managers, le seul : tenez un cahier où vous notez chaque promesse faite à quelqu’un de votre équipe. Relisez-le chaque vendredi. Vous serez surpris du nombre de promesses oubliées. #Management",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050848020645923634"
          ],
          "editableUntil" : "2026-05-03T08:30:45.692Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "94",
      "id_str" : "2050848020645923634",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2050848020645923634",
      "created_at" : "Sun May 03 08:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche. Je range ma bibliothèque et je tombe sur mon mémoire de fin d’études : « Optimisation d’un réseau de vapeur dans une sucrerie ». 90 pages, une erreur de calcul page 43. Personne ne l’avait vue. Moi non plus, jusqu’à aujourd’hui.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050621525546977143"
          ],
          "editableUntil" : "2026-05-02T17:30:45.052Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "34",
      "in_reply_to_status_id_str" : "2050552822843563369",
      "id_str" : "2050621525546977143",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2050621525546977143",
      "in_reply_to_status_id" : "2050552822843563369",
      "created_at" : "Sat May 02 17:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Nous n’avons aucun projet de délocalisation. Ni de Chalon, ni d’ailleurs. Je ne vois pas comment le dire plus clairement.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050153438520170060"
          ],
          "editableUntil" : "2026-05-01T10:30:44.409Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "63",
      "id_str" : "2050153438520170060",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2050153438520170060",
      "created_at" : "Fri May 01 10:00:44 +0000 2026",
      "favorited" : false,
      "full_text" : "1er mai. Je pense à mon grand-père, ajusteur chez un constructeur de locomotives à Villeurbanne pendant 40 ans. Il disait que le travail bien fait est une forme de politesse envers ceux qui viendront après. Je n’ai jamais trouvé mieux.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049911893199250280"
          ],
          "editableUntil" : "2026-04-30T18:30:55.516Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "31",
      "id_str" : "2049911893199250280",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2049911893199250280",
      "created_at" : "Thu Apr 30 18:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Fin avril. Bilan perso : 14 sites visités en un mois, 2 nuits en usine, zéro jour de repos complet. Je ne donnerai pas ce rythme en exemple. Mai sera plus calme, promis à moi-même.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049361958420941714"
          ],
          "editableUntil" : "2026-04-29T06:05:40.848Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GestionDeCrise",
            "indices" : [
              "209",
              "224"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "97",
      "id_str" : "2049361958420941714",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2049361958420941714",
      "created_at" : "Wed Apr 29 05:35:40 +0000 2026",
      "favorited" : false,
      "full_text" : "On me demande souvent ma recette pour gérer les crises. Je n’en ai pas. J’ai une règle : la première information qui sort doit être vraie, même si elle est incomplète. On complète après. On ne corrige jamais. #GestionDeCrise",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049073743729023541"
          ],
          "editableUntil" : "2026-04-28T11:00:25.111Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "45",
      "id_str" : "2049073743729023541",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2049073743729023541",
      "created_at" : "Tue Apr 28 10:30:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Chaque réunion chez nous commence par deux minutes de sécurité, y compris les conseils d’administration. Résultat : 18 % d’accidents en moins l’an dernier. Ce n’est pas assez. Le seul bon chiffre, c’est zéro.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048454582611328844"
          ],
          "editableUntil" : "2026-04-26T18:00:05.597Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "IA",
            "indices" : [
              "249",
              "252"
            ]
          },
          {
            "text" : "Industrie",
            "indices" : [
              "253",
              "263"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "263"
      ],
      "favorite_count" : "53",
      "id_str" : "2048454582611328844",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2048454582611328844",
      "created_at" : "Sun Apr 26 17:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Une réflexion de fin de semaine : on parle beaucoup de l’intelligence artificielle dans l’industrie. Chez nous, le plus gros gain de productivité de l’année est venu d’un gabarit imprimé en 3D par une opératrice. L’intelligence tout court, d’abord. #IA #Industrie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047937618962934495"
          ],
          "editableUntil" : "2026-04-25T07:45:51.858Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "30",
      "id_str" : "2047937618962934495",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2047937618962934495",
      "created_at" : "Sat Apr 25 07:15:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi matin. Je relis « L’Atelier et le Tableur », que j’avais recommandé en novembre. Deuxième lecture, autre livre. Les bons livres grandissent avec les problèmes qu’on a.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047722248543019974"
          ],
          "editableUntil" : "2026-04-24T17:30:03.549Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "305",
      "id_str" : "2047722248543019974",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2047722248543019974",
      "created_at" : "Fri Apr 24 17:00:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Douai, deux mois après le feu. L’équipe a reconstruit l’atelier peinture en profitant de l’occasion pour faire mieux qu’avant. Je n’ai pas eu à le leur demander. C’est ça, une culture d’usine.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047188879573228634"
          ],
          "editableUntil" : "2026-04-23T06:10:38.477Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion",
            "screen_name" : "Helvion_Groupe",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2871069145",
            "id" : "2871069145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2047188879573228634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047188879573228634",
      "created_at" : "Thu Apr 23 05:40:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @Helvion_Groupe: 📊 Chiffre d’affaires du 1er trimestre 2026 : 438 M€, en hausse de +9,2 % (dont +7,8 % en organique). Bonne dynamique de…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046901963787138995"
          ],
          "editableUntil" : "2026-04-22T11:10:32.423Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "2046886612634480694",
      "id_str" : "2046901963787138995",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046901963787138995",
      "in_reply_to_status_id" : "2046886612634480694",
      "created_at" : "Wed Apr 22 10:40:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Non, nous n’avons pas reçu de subvention pour HP-Forge. Nous avons bénéficié du crédit d’impôt recherche, comme tout industriel qui fait de la recherche en France. Je le dis sans gêne : c’est un bon dispositif.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046484077557481698"
          ],
          "editableUntil" : "2026-04-21T07:30:00.582Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "École supérieure d’énergétique de Lyon",
            "screen_name" : "ESEL_Lyon",
            "indices" : [
              "141",
              "151"
            ],
            "id_str" : "9626488753",
            "id" : "9626488753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "81",
      "id_str" : "2046484077557481698",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2046484077557481698",
      "created_at" : "Tue Apr 21 07:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Six doctorants qui vont travailler sur la chaleur bas carbone, 200 ingénieurs formés chaque année : c’est ce que permettra notre chaire avec @ESEL_Lyon. 1,5 M€ sur 5 ans. Le meilleur investissement R&amp;D qu’on puisse faire, c’est dans les cerveaux.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046461518103217197"
          ],
          "editableUntil" : "2026-04-21T06:00:21.989Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Égalité",
            "indices" : [
              "228",
              "236"
            ]
          },
          {
            "text" : "Parentalité",
            "indices" : [
              "237",
              "249"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "249"
      ],
      "favorite_count" : "50",
      "id_str" : "2046461518103217197",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2046461518103217197",
      "created_at" : "Tue Apr 21 05:30:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Une question de lycéenne m’a marquée : « Est-ce qu’on peut être ingénieure et avoir des enfants ? » J’ai répondu oui. Puis j’ai ajouté : à condition que l’entreprise le rende possible. C’est notre responsabilité, pas la sienne. #Égalité #Parentalité",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045925466128353710"
          ],
          "editableUntil" : "2026-04-19T18:30:17.239Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "2045917916382178314",
      "id_str" : "2045925466128353710",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045925466128353710",
      "in_reply_to_status_id" : "2045917916382178314",
      "created_at" : "Sun Apr 19 18:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon Le prix n’est pas encore public. Mais je peux vous dire qu’il sera justifié par les économies, pas par la marque. Si le client ne gagne pas d’argent, on ne vend pas.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045510321097000572"
          ],
          "editableUntil" : "2026-04-18T15:00:38.950Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "79",
      "id_str" : "2045510321097000572",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2045510321097000572",
      "created_at" : "Sat Apr 18 14:30:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, visite d’une ferme en méthanisation près de Bourg-en-Bresse, en simple curieuse. Un agriculteur m’a expliqué son bilan énergie mieux que beaucoup de cabinets. Les meilleurs énergéticiens ne sont pas toujours ceux qui en ont le titre.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045008143057698461"
          ],
          "editableUntil" : "2026-04-17T05:45:10.375Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "32",
      "id_str" : "2045008143057698461",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2045008143057698461",
      "created_at" : "Fri Apr 17 05:15:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Trois jours de salon, 21 000 pas par jour, une voix cassée. Et une certitude : le marché est prêt. C’est à nous d’être prêts à livrer.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044113522124102086"
          ],
          "editableUntil" : "2026-04-14T18:30:16.124Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "64",
      "id_str" : "2044113522124102086",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2044113522124102086",
      "created_at" : "Tue Apr 14 18:00:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Au salon, un directeur d’usine de fromagerie est resté 40 minutes devant la machine. Il m’a dit : « Je n’y croyais pas, maintenant je veux les chiffres. » C’est le plus beau compliment qu’on puisse faire à un ingénieur.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043977724347579618"
          ],
          "editableUntil" : "2026-04-14T09:30:39.411Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "22",
      "id_str" : "2043977724347579618",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2043977724347579618",
      "created_at" : "Tue Apr 14 09:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "HP-Forge 160 est lancée. Elle prend de l'eau tiède qu'on jetait et en fait de la vapeur pour l'usine d'à côté. Deux tiers de CO2 en moins face au gaz. Quatre ans de travail de l'équipe de Vénissieux. Je n'ai pas de mot, juste de la fierté.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043736214724498477"
          ],
          "editableUntil" : "2026-04-13T17:30:59.030Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "33",
      "id_str" : "2043736214724498477",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2043736214724498477",
      "created_at" : "Mon Apr 13 17:00:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Veille de salon. J’ai relu le discours, je l’ai raccourci de moitié. Personne ne se souvient d’un discours long. On se souvient d’une machine qui marche.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043351130351118057"
          ],
          "editableUntil" : "2026-04-12T16:00:47.760Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "250"
      ],
      "favorite_count" : "63",
      "id_str" : "2043351130351118057",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2043351130351118057",
      "created_at" : "Sun Apr 12 15:30:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche. Ma fille m’a demandé pourquoi je travaille dans « les tuyaux ». Je lui ai répondu que les tuyaux, c’est ce qui fait qu’un hôpital est chauffé et qu’une fromagerie fonctionne. Elle a dit : « Donc tu fais de la plomberie géante. » Exactement.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042882945868870856"
          ],
          "editableUntil" : "2026-04-11T09:00:23.881Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "94",
      "id_str" : "2042882945868870856",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2042882945868870856",
      "created_at" : "Sat Apr 11 08:30:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce matin, à la boulangerie, un monsieur m’a dit qu’il avait travaillé 30 ans à Chalon et qu’il lisait tout ce que j’écris ici. Puis il a ajouté : « Mais vous écrivez trop long. » Noté.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042305291021392728"
          ],
          "editableUntil" : "2026-04-09T18:45:00.233Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "103",
      "id_str" : "2042305291021392728",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2042305291021392728",
      "created_at" : "Thu Apr 09 18:15:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Jury du challenge étudiant aujourd’hui. Cinq équipes, cinq projets sérieux, et une question qui m’a désarmée : « Madame, pourquoi vous ne l’avez pas fait avant ? » Parce qu’on ne l’avait pas vu. Merci les jeunes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041954442381951686"
          ],
          "editableUntil" : "2026-04-08T19:30:51.399Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PAC",
            "indices" : [
              "224",
              "228"
            ]
          },
          {
            "text" : "Compétitivité",
            "indices" : [
              "229",
              "243"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "59",
      "id_str" : "2041954442381951686",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2041954442381951686",
      "created_at" : "Wed Apr 08 19:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Les fabricants asiatiques de PAC progressent vite. Je le dis sans crainte : c’est une bonne nouvelle pour le climat et un défi pour nous. La réponse n’est pas le protectionnisme, c’est la qualité de service et la proximité. #PAC #Compétitivité",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041939324789201297"
          ],
          "editableUntil" : "2026-04-08T18:30:47.084Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "210"
      ],
      "favorite_count" : "21",
      "id_str" : "2041939324789201297",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2041939324789201297",
      "created_at" : "Wed Apr 08 18:00:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Le prix est pour l’usine, mais le mérite revient à ceux qui ont rempli 3 400 fiches d’amélioration en deux ans. À Roanne, on ne demande pas aux opérateurs de s’adapter au process, on leur demande de le changer.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040821967374402099"
          ],
          "editableUntil" : "2026-04-05T16:30:48.317Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "30",
      "id_str" : "2040821967374402099",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2040821967374402099",
      "created_at" : "Sun Apr 05 16:00:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Lundi de Pâques demain. J’ai tenu : zéro mail lu depuis jeudi. Je ne sais pas si c’est une victoire personnelle ou la preuve que l’organisation fonctionne très bien sans moi. Les deux, j’espère.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040358884566797790"
          ],
          "editableUntil" : "2026-04-04T09:50:40.772Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "108",
      "id_str" : "2040358884566797790",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2040358884566797790",
      "created_at" : "Sat Apr 04 09:20:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Week-end de Pâques. J’ai promis de ne pas ouvrir ma messagerie. Je tiendrai jusqu’à lundi matin. Probablement.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039933491973881012"
          ],
          "editableUntil" : "2026-04-03T05:40:19.275Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "65",
      "id_str" : "2039933491973881012",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2039933491973881012",
      "created_at" : "Fri Apr 03 05:10:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Vendredi, je ferme mon ordinateur à 17h. C’est une règle de 2026 : je ne peux pas demander à nos managers de respecter le droit à la déconnexion si je l’ignore moi-même.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039782591426707966"
          ],
          "editableUntil" : "2026-04-02T19:40:41.781Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2039669093561941882",
      "id_str" : "2039782591426707966",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2039782591426707966",
      "in_reply_to_status_id" : "2039669093561941882",
      "created_at" : "Thu Apr 02 19:10:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Bonne question. On ne vendra pas HP-Forge partout : là où il y a de la chaleur fatale à 30-60 °C à proximité, oui. Sinon, d’autres solutions sont plus pertinentes. On préfère perdre une vente que décevoir un client.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039689485090930839"
          ],
          "editableUntil" : "2026-04-02T13:30:43.500Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fondation Hélvion",
            "screen_name" : "FondHelvion",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "9327434929",
            "id" : "9327434929"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/MzecYpJQUP",
            "expanded_url" : "https://www.fondation-helvion.org/appel-a-projets",
            "display_url" : "fondation-helvion.org/appe…",
            "indices" : [
              "208",
              "231"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "104",
      "id_str" : "2039689485090930839",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2039689485090930839",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 02 13:00:43 +0000 2026",
      "favorited" : false,
      "full_text" : "La @FondHelvion lance son appel à projets 2026 ! Associations qui luttent contre la précarité énergétique : jusqu’à 30 000 € par projet et l’appui de nos techniciens bénévoles. Candidatures avant le 31 mai 👇 https://t.co/MzecYpJQUP",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039281650621333557"
          ],
          "editableUntil" : "2026-04-01T10:30:08.186Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "52",
      "id_str" : "2039281650621333557",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2039281650621333557",
      "created_at" : "Wed Apr 01 10:00:08 +0000 2026",
      "favorited" : false,
      "full_text" : "420 personnes nous ont rejoints depuis janvier. On est sur la bonne trajectoire pour les 1 200, mais les métiers de maintenance restent les plus durs à pourvoir. Si vous êtes frigoriste, je veux vous rencontrer.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039213780276822117"
          ],
          "editableUntil" : "2026-04-01T06:00:26.634Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Industrie",
            "indices" : [
              "212",
              "222"
            ]
          },
          {
            "text" : "Compétitivité",
            "indices" : [
              "223",
              "237"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "73",
      "id_str" : "2039213780276822117",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2039213780276822117",
      "created_at" : "Wed Apr 01 05:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Avril. Les premières offres de PAC industrielles à moins de 500 €/kW arrivent sur le marché chinois. On peut s’en inquiéter ou s’organiser. Je choisis la deuxième option, et elle passe par nos usines françaises. #Industrie #Compétitivité",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038486416783210955"
          ],
          "editableUntil" : "2026-03-30T05:50:09.664Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "90",
      "id_str" : "2038486416783210955",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "2038486416783210955",
      "created_at" : "Mon Mar 30 05:20:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Après une annonce, le plus dur commence. Un permis, des fondations, des recrutements, des fournisseurs. 2028, c’est demain. Je préfère le dire aujourd’hui plutôt que d’avoir à l’expliquer dans deux ans.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037842289507912396"
          ],
          "editableUntil" : "2026-03-28T11:10:37.754Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Réindustrialisation",
            "indices" : [
              "234",
              "254"
            ]
          },
          {
            "text" : "FabriquéEnFrance",
            "indices" : [
              "255",
              "272"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "272"
      ],
      "favorite_count" : "81",
      "id_str" : "2037842289507912396",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2037842289507912396",
      "created_at" : "Sat Mar 28 10:40:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Je lis les critiques sur les nouvelles usines en France : « trop chères », « trop lentes ». Peut-être. Mais chaque usine qu’on n’ouvre pas ici s’ouvre ailleurs, avec l’énergie de quelqu’un d’autre et les emplois de quelqu’un d’autre. #Réindustrialisation #FabriquéEnFrance",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037598254590698218"
          ],
          "editableUntil" : "2026-03-27T19:00:55.296Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "20",
      "id_str" : "2037598254590698218",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2037598254590698218",
      "created_at" : "Fri Mar 27 18:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Le plus beau message reçu hier ne venait ni d’un élu ni d’un investisseur, mais d’un retraité de Roanne : « Enfin on en ouvre une. » J’ai failli pleurer dans le train.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037196839220630211"
          ],
          "editableUntil" : "2026-03-26T16:25:50.414Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion",
            "screen_name" : "Helvion_Groupe",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2871069145",
            "id" : "2871069145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2037196839220630211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2037196839220630211",
      "created_at" : "Thu Mar 26 15:55:50 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @Helvion_Groupe: 450 emplois à créer dans notre future usine du Nord-Isère 👷 Les premiers recrutements de l’équipe projet commencent dès…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037084722987723271"
          ],
          "editableUntil" : "2026-03-26T09:00:19.821Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "138",
      "id_str" : "2037084722987723271",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2037084722987723271",
      "created_at" : "Thu Mar 26 08:30:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Nous allons construire une usine en Nord-Isère. 450 personnes y travailleront, 120 M€ y seront investis, et elle fabriquera notre PAC HP-Forge à partir de 2028. Une usine neuve en France, pour la chaleur décarbonée. On l'a fait.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036888479990036190"
          ],
          "editableUntil" : "2026-03-25T20:00:31.844Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "215"
      ],
      "favorite_count" : "154",
      "id_str" : "2036888479990036190",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2036888479990036190",
      "created_at" : "Wed Mar 25 19:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Demain, nous annoncerons quelque chose d’important pour Hélvion. Je peux déjà dire ceci : cette usine est un pari sur la France, sur ses ouvriers et sur ses ingénieurs. Et c’est un pari que je suis fière de prendre.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036843272626794203"
          ],
          "editableUntil" : "2026-03-25T17:00:53.569Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "45",
      "id_str" : "2036843272626794203",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2036843272626794203",
      "created_at" : "Wed Mar 25 16:30:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Annecy, une classe de 4e dans l'atelier. Un garçon très silencieux a posé une seule question : « Les robots, c'est vous qui les réparez ? » Oui. Il a souri comme si on lui avait dit qu'on réparait des fusées.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036405310469121053"
          ],
          "editableUntil" : "2026-03-24T12:00:35.253Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "114",
      "id_str" : "2036405310469121053",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2036405310469121053",
      "created_at" : "Tue Mar 24 11:30:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Premier bilan de la Semaine de l’industrie : 640 visiteurs déjà accueillis dans nos usines, dont 380 collégiens et lycéens 👏",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035642765616876336"
          ],
          "editableUntil" : "2026-03-22T09:30:30.393Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "186",
      "id_str" : "2035642765616876336",
      "truncated" : false,
      "retweet_count" : "51",
      "id" : "2035642765616876336",
      "created_at" : "Sun Mar 22 09:00:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche en famille au musée de l’industrie de Saint-Étienne. Mes enfants ont préféré la salle des machines à vapeur aux écrans interactifs. Il y a de l’espoir.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2035280360105930307"
          ],
          "editableUntil" : "2026-03-21T09:30:26.186Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Cybersécurité",
            "indices" : [
              "217",
              "231"
            ]
          },
          {
            "text" : "GestionDeCrise",
            "indices" : [
              "232",
              "247"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "61",
      "id_str" : "2035280360105930307",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2035280360105930307",
      "created_at" : "Sat Mar 21 09:00:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Une semaine de crise apprend plus qu’une année de séminaires. Leçon numéro un : une cellule de crise doit avoir quelqu’un dont le seul travail est d’écrire ce qui se passe, heure par heure. On l’avait. On le gardera. #Cybersécurité #GestionDeCrise",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034985846098946064"
          ],
          "editableUntil" : "2026-03-20T14:00:08.575Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "24",
      "id_str" : "2034985846098946064",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2034985846098946064",
      "created_at" : "Fri Mar 20 13:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Fin d’une semaine difficile. Les systèmes tournent à nouveau presque entièrement, aucune donnée de nos clients n’a fuité, et nos techniciens n’ont raté aucune intervention. Je retiens surtout ça : le papier et le stylo, ça marche encore.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034514162819319202"
          ],
          "editableUntil" : "2026-03-19T06:45:50.518Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "125",
      "id_str" : "2034514162819319202",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2034514162819319202",
      "created_at" : "Thu Mar 19 06:15:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Quand une crise dure, la fatigue devient le premier risque. J’ai demandé qu’on organise des roulements stricts, y compris pour moi. Personne n’est bon après 20 heures d’affilée, et surtout pas un dirigeant.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034359328310197176"
          ],
          "editableUntil" : "2026-03-18T20:30:35.094Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Claire Vautrin",
            "screen_name" : "claire_dsi",
            "indices" : [
              "28",
              "39"
            ],
            "id_str" : "9888519172",
            "id" : "9888519172"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "195",
      "id_str" : "2034359328310197176",
      "truncated" : false,
      "retweet_count" : "48",
      "id" : "2034359328310197176",
      "created_at" : "Wed Mar 18 20:00:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Trois nuits que l’équipe de @claire_dsi ne dort presque pas. Personne ne les voit, personne ne les applaudit quand tout marche. Ce soir je les applaudis. Et je leur apporte des pizzas, c’est la moindre des choses 🍕",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034019556373187596"
          ],
          "editableUntil" : "2026-03-17T22:00:27.152Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "46",
      "id_str" : "2034019556373187596",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2034019556373187596",
      "created_at" : "Tue Mar 17 21:30:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Journée très longue. Je veux juste remercier les équipes qui ont travaillé sans relâche aujourd’hui, au siège comme dans les usines. Rien de plus à ajouter ce soir.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033854793942696840"
          ],
          "editableUntil" : "2026-03-17T11:05:44.727Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "70",
      "id_str" : "2033854793942696840",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2033854793942696840",
      "created_at" : "Tue Mar 17 10:35:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Hélvion a détecté cette nuit une cyberattaque visant une partie de ses systèmes informatiques. Par précaution, nous avons isolé certains systèmes. Nos usines et nos techniciens continuent de travailler. Les autorités ont été informées.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033260933669378980"
          ],
          "editableUntil" : "2026-03-15T19:45:57.405Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "26",
      "id_str" : "2033260933669378980",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2033260933669378980",
      "created_at" : "Sun Mar 15 19:15:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Un conseil que m’a donné ma première cheffe d’usine : « Quand tu ne sais pas quoi dire en réunion, pose une question sur la sécurité. Tu apprendras toujours quelque chose. » Vingt ans plus tard, ça marche encore.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032834164240985095"
          ],
          "editableUntil" : "2026-03-14T15:30:07.644Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "80",
      "id_str" : "2032834164240985095",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2032834164240985095",
      "created_at" : "Sat Mar 14 15:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, j’ai appris à changer les plaquettes de frein de mon vélo grâce à une vidéo d’un gamin de 14 ans. Ma confiance en la transmission des savoirs techniques est intacte. Elle a juste changé de support.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032154655432722679"
          ],
          "editableUntil" : "2026-03-12T18:30:00.119Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Inès Marchal",
            "screen_name" : "InesMarchal_RSE",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "9814684498",
            "id" : "9814684498"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2032109608604172644",
      "id_str" : "2032154655432722679",
      "in_reply_to_user_id" : "9814684498",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2032154655432722679",
      "in_reply_to_status_id" : "2032109608604172644",
      "created_at" : "Thu Mar 12 18:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@InesMarchal_RSE Merci Inès pour ce travail de fourmi. Je sais ce que ça coûte de faire valider 1 200 lignes de données par 14 sites. Le rapport sera meilleur que l’an dernier grâce à ça.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "InesMarchal_RSE",
      "in_reply_to_user_id_str" : "9814684498"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031614862255766634"
          ],
          "editableUntil" : "2026-03-11T06:45:03.397Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Sobriété",
            "indices" : [
              "229",
              "238"
            ]
          },
          {
            "text" : "Terrain",
            "indices" : [
              "239",
              "247"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "136",
      "id_str" : "2031614862255766634",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2031614862255766634",
      "created_at" : "Wed Mar 11 06:15:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Une chose que j’ai apprise cette année : les meilleures idées d’économie d’énergie viennent rarement des ingénieurs. Elles viennent des gens qui passent la nuit à côté des machines et qui entendent quand ça tourne « pour rien ». #Sobriété #Terrain",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031462813443616554"
          ],
          "editableUntil" : "2026-03-10T20:40:52.135Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Flexibilité",
            "indices" : [
              "244",
              "256"
            ]
          },
          {
            "text" : "StockageThermique",
            "indices" : [
              "257",
              "275"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "275"
      ],
      "favorite_count" : "66",
      "id_str" : "2031462813443616554",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2031462813443616554",
      "created_at" : "Tue Mar 10 20:10:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Je regarde les courbes d’électricité de ce mois de mars. Des prix négatifs certaines heures, très élevés d’autres. C’est exactement pour ça que la chaleur stockée a un avenir : elle transforme une électricité mal placée en chaleur bien placée. #Flexibilité #StockageThermique",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031087641957676535"
          ],
          "editableUntil" : "2026-03-09T19:50:04.283Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "217",
              "225"
            ]
          },
          {
            "text" : "Maintenance",
            "indices" : [
              "226",
              "238"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "34",
      "id_str" : "2031087641957676535",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2031087641957676535",
      "created_at" : "Mon Mar 09 19:20:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Lu ce week-end : « Petit traité de la panne » de Marc Estienne. Sur l’idée que la maintenance est l’art le plus sous-estimé de la civilisation industrielle. Il a raison. Je l’ai commandé pour tous nos chefs d’agence. #Lecture #Maintenance",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030705341974427600"
          ],
          "editableUntil" : "2026-03-08T18:30:56.864Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Élodie 🔧",
            "screen_name" : "elodie_chaudro",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1885112089588619360",
            "id" : "1885112089588619360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "2030560386827848020",
      "id_str" : "2030705341974427600",
      "in_reply_to_user_id" : "1885112089588619360",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2030705341974427600",
      "in_reply_to_status_id" : "2030560386827848020",
      "created_at" : "Sun Mar 08 18:00:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@elodie_chaudro Ta photo devant la machine de découpe m’a fait très plaisir. Continue, et n’oublie jamais que personne n’a le droit de te dire que ce métier n’est pas pour toi.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "elodie_chaudro",
      "in_reply_to_user_id_str" : "1885112089588619360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030614680781531865"
          ],
          "editableUntil" : "2026-03-08T12:30:41.551Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "234"
      ],
      "favorite_count" : "55",
      "id_str" : "2030614680781531865",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2030614680781531865",
      "created_at" : "Sun Mar 08 12:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "120 collègues qui consacrent du temps à des lycéennes pour leur dire « tu peux être soudeuse, automaticienne, ingénieure ». C’est notre programme Elles font l’industrie, et c’est la meilleure façon que je connaisse de fêter le 8 mars.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030337798568482253"
          ],
          "editableUntil" : "2026-03-07T18:10:27.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/SLGXiXPVkU",
            "expanded_url" : "https://www.helvion.fr/le-mot-de-la-pdg/rapport-competitivite-chaleur?utm_source=twitter&utm_medium=social",
            "display_url" : "helvion.fr/le-mot-de-la-pd…",
            "indices" : [
              "197",
              "220"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "33",
      "id_str" : "2030337798568482253",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2030337798568482253",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 07 17:40:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Je lis le dernier rapport sur la compétitivité de l’industrie européenne. 400 pages, dont 3 sur la chaleur. Pourtant, c’est là que se joue une bonne partie de la facture énergétique de nos usines. https://t.co/SLGXiXPVkU",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029972901432358412"
          ],
          "editableUntil" : "2026-03-06T18:00:29.431Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/MathildeVarenne/status/2029972901432358412/photo/1",
            "indices" : [
              "216",
              "239"
            ],
            "url" : "https://t.co/MFOqDl418q",
            "media_url" : "http://pbs.twimg.com/media/fox-y0Qs9ak7KTC.jpg",
            "id_str" : "2029972825936653659",
            "id" : "2029972825936653659",
            "media_url_https" : "https://pbs.twimg.com/media/fox-y0Qs9ak7KTC.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/MFOqDl418q"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "97",
      "id_str" : "2029972901432358412",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2029972901432358412",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 06 17:30:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Visite de l'agence de Grenoble avec l'équipe de maintenance des réseaux de chaleur. On a descendu dans une sous-station à 7h du matin. 40 °C, un bruit d'enfer, et trois techniciens qui en parlaient comme d'un salon. https://t.co/MFOqDl418q",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/MathildeVarenne/status/2029972901432358412/photo/1",
            "indices" : [
              "216",
              "239"
            ],
            "url" : "https://t.co/MFOqDl418q",
            "media_url" : "http://pbs.twimg.com/media/fox-y0Qs9ak7KTC.jpg",
            "id_str" : "2029972825936653659",
            "id" : "2029972825936653659",
            "media_url_https" : "https://pbs.twimg.com/media/fox-y0Qs9ak7KTC.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/MFOqDl418q"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029516038676283184"
          ],
          "editableUntil" : "2026-03-05T11:45:04.862Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "98",
      "id_str" : "2029516038676283184",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2029516038676283184",
      "created_at" : "Thu Mar 05 11:15:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Visite de l'usine d'Annecy ce matin. Une opératrice m'a montré comment elle a divisé par deux le temps de test d'une carte électronique, avec un gabarit imprimé en 3D chez elle. On va le déployer partout. Et la former à la CAO si elle le souhaite.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029278385873775448"
          ],
          "editableUntil" : "2026-03-04T20:00:44.018Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico F.",
            "screen_name" : "nico_maint69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1228239628580366224",
            "id" : "1228239628580366224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : "2029183259059666438",
      "id_str" : "2029278385873775448",
      "in_reply_to_user_id" : "1228239628580366224",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2029278385873775448",
      "in_reply_to_status_id" : "2029183259059666438",
      "created_at" : "Wed Mar 04 19:30:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@nico_maint69 Les tablettes pour les techniciens, c’est en cours. Mais je ne veux pas qu’on remplace un bon papier par une mauvaise appli. On teste d’abord à Grenoble avec vous.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nico_maint69",
      "in_reply_to_user_id_str" : "1228239628580366224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028923602082296972"
          ],
          "editableUntil" : "2026-03-03T20:30:56.971Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "38",
      "in_reply_to_status_id_str" : "2028815640699407902",
      "id_str" : "2028923602082296972",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2028923602082296972",
      "in_reply_to_status_id" : "2028815640699407902",
      "created_at" : "Tue Mar 03 20:00:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon La comparaison avec l’Allemagne est injuste dans les deux sens. Leur électricité est plus chère, mais leurs aides à la chaleur industrielle sont plus simples. On devrait copier la simplicité, pas le prix.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028359790495548585"
          ],
          "editableUntil" : "2026-03-02T07:10:33.813Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Leadership",
            "indices" : [
              "183",
              "194"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "22",
      "id_str" : "2028359790495548585",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2028359790495548585",
      "created_at" : "Mon Mar 02 06:40:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Le mot de la semaine au comex : « arbitrer ». On a trop de bons projets et pas assez d’ingénieurs pour tous les mener. Dire non à un bon projet, c’est le vrai travail d’un dirigeant. #Leadership",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028047656705756130"
          ],
          "editableUntil" : "2026-03-01T10:30:15.319Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "160",
      "id_str" : "2028047656705756130",
      "truncated" : false,
      "retweet_count" : "47",
      "id" : "2028047656705756130",
      "created_at" : "Sun Mar 01 10:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Premier jour de mars, premier footing sans gants de l’année. Les petites victoires comptent.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027836289055991988"
          ],
          "editableUntil" : "2026-02-28T20:30:21.344Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/HGdfR5x5LF",
            "expanded_url" : "https://theses.esel-lyon.fr/2026/kerouan-degivrage-pac",
            "display_url" : "theses.esel-lyon.fr/2026/k…",
            "indices" : [
              "150",
              "173"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "2027818672981414134",
      "id_str" : "2027836289055991988",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2027836289055991988",
      "in_reply_to_status_id" : "2027818672981414134",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 28 20:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Thèse lue, comme promis. Le chapitre 4 sur le dégivrage est brillant. J’ai transmis à l’équipe R&amp;D qui voudrait vous rencontrer. https://t.co/HGdfR5x5LF",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027685212892888998"
          ],
          "editableUntil" : "2026-02-28T10:30:01.980Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "18",
      "id_str" : "2027685212892888998",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2027685212892888998",
      "created_at" : "Sat Feb 28 10:00:01 +0000 2026",
      "favorited" : false,
      "full_text" : "94 sur 100 à l’index égalité. Bien, pas suffisant : parmi les dix plus hautes rémunérations du groupe, il n’y a que trois femmes, moi comprise. On a deux ans pour corriger ça et je veux qu’on me le reproche si on n’y arrive pas.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027674053634467622"
          ],
          "editableUntil" : "2026-02-28T09:45:41.405Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "76",
      "id_str" : "2027674053634467622",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2027674053634467622",
      "created_at" : "Sat Feb 28 09:15:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, atelier bricolage avec mon fils : réparer le radiateur de sa chambre. Purge, équilibrage, thermostat. Il m’a demandé si c’était ça mon métier. À peu près, oui.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027089013135531354"
          ],
          "editableUntil" : "2026-02-26T19:00:56.881Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "39",
      "id_str" : "2027089013135531354",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2027089013135531354",
      "created_at" : "Thu Feb 26 18:30:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Je reçois chaque semaine des CV de seniors qui pensent qu’ils n’ont aucune chance. Chez nous, beaucoup de nos meilleurs formateurs ont passé 55 ans. Envoyez vos candidatures, vraiment.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026983235839161948"
          ],
          "editableUntil" : "2026-02-26T12:00:37.608Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "65",
      "id_str" : "2026983235839161948",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2026983235839161948",
      "created_at" : "Thu Feb 26 11:30:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Hélvion signe un contrat de performance énergétique de 12 ans pour 40 lycées : -38 % de consommation garantie et 100 % de chaleur renouvelable dans 15 établissements d'ici 2029 🏫🌱",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026545437825244014"
          ],
          "editableUntil" : "2026-02-25T07:00:58.428Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RH",
            "indices" : [
              "211",
              "214"
            ]
          },
          {
            "text" : "Management",
            "indices" : [
              "215",
              "226"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "114",
      "id_str" : "2026545437825244014",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2026545437825244014",
      "created_at" : "Wed Feb 25 06:30:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Je déteste le mot « ressources humaines ». Je n’ai jamais vu une ressource avoir une idée, ni un salarié être une ressource. On devrait avoir un vocabulaire plus juste pour parler de ceux qui font l’entreprise. #RH #Management",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026371656123790570"
          ],
          "editableUntil" : "2026-02-24T19:30:25.641Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "29",
      "id_str" : "2026371656123790570",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2026371656123790570",
      "created_at" : "Tue Feb 24 19:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Douai redémarre. J’ai écrit ce soir aux pompiers du Nord et aux deux entreprises voisines qui nous ont prêté un hangar sans poser de question. La solidarité industrielle, ce n’est pas un slogan, c’est un hangar prêté un mardi à 7h.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025620459342826473"
          ],
          "editableUntil" : "2026-02-22T17:45:26.372Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Sobriété",
            "indices" : [
              "224",
              "233"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "233"
      ],
      "favorite_count" : "38",
      "id_str" : "2025620459342826473",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2025620459342826473",
      "created_at" : "Sun Feb 22 17:15:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Ce qui me rend optimiste : dans chaque usine que je visite, il y a au moins une personne qui a trouvé seule comment économiser de l’énergie sur sa machine. Notre travail est de trouver ces gens et de leur donner les moyens. #Sobriété",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025143513533951091"
          ],
          "editableUntil" : "2026-02-21T10:10:13.630Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PAC",
            "indices" : [
              "214",
              "218"
            ]
          },
          {
            "text" : "ChaleurUtile",
            "indices" : [
              "219",
              "232"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "37",
      "id_str" : "2025143513533951091",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2025143513533951091",
      "created_at" : "Sat Feb 21 09:40:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Rappel pour ceux qui découvrent le sujet : une PAC industrielle, c’est 1 kWh d’électricité -&gt; 3 kWh de chaleur utile. Si quelqu’un vous promet &gt; 5 à 150 °C en conditions réelles, demandez à voir les mesures. #PAC #ChaleurUtile",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024924514142613878"
          ],
          "editableUntil" : "2026-02-20T19:40:00.106Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "259"
      ],
      "favorite_count" : "74",
      "id_str" : "2024924514142613878",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2024924514142613878",
      "created_at" : "Fri Feb 20 19:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Une journée de résultats, c’est 14 heures de questions. La plus intéressante venait d’une étudiante qui suit le titre pour un cours : « Pourquoi votre marge est plus basse que celle des fabricants purs ? » Parce qu’on fait aussi le service. Et c’est un choix.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024582292995284866"
          ],
          "editableUntil" : "2026-02-19T21:00:08.227Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "85",
      "id_str" : "2024582292995284866",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2024582292995284866",
      "created_at" : "Thu Feb 19 20:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Cent clients à qui nous avons promis par contrat des économies d’énergie, avec pénalités si on n’y arrive pas. C’est le cap que Hélvion Services vient de franchir. Promettre des résultats plutôt que des moyens : c’est ça, notre métier.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024499407019280927"
          ],
          "editableUntil" : "2026-02-19T15:30:46.670Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/GkE1XHZN8c",
            "expanded_url" : "https://twitter.com/Helvion_Groupe/status/2024363425123259451",
            "display_url" : "twitter.com/Helvion_Groupe…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "44",
      "id_str" : "2024499407019280927",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2024499407019280927",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 19 15:00:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Des chiffres solides, et surtout une année où nous avons embauché, investi et tenu nos engagements. Merci aux 8 000 👏 https://t.co/GkE1XHZN8c",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024408770806736088"
          ],
          "editableUntil" : "2026-02-19T09:30:37.313Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "63",
      "id_str" : "2024408770806736088",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2024408770806736088",
      "created_at" : "Thu Feb 19 09:00:37 +0000 2026",
      "favorited" : false,
      "full_text" : "1,84 milliard d’euros de chiffre d’affaires, 7 % de croissance, une rentabilité qui progresse. Mais le chiffre que je préfère n’est pas dans le communiqué : 2,4 TWh économisés chez nos clients. C’est pour ça qu’on existe.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024387391166665515"
          ],
          "editableUntil" : "2026-02-19T08:05:40.010Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "169",
      "id_str" : "2024387391166665515",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "2024387391166665515",
      "created_at" : "Thu Feb 19 07:35:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Ces résultats sont ceux de 8 000 femmes et hommes qui font chaque jour la transition énergétique sur le terrain. Je ne l'écris pas par politesse : c'est littéralement vrai.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024007294000620710"
          ],
          "editableUntil" : "2026-02-18T06:55:17.783Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "73",
      "id_str" : "2024007294000620710",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2024007294000620710",
      "created_at" : "Wed Feb 18 06:25:17 +0000 2026",
      "favorited" : false,
      "full_text" : "On me demande souvent ce qui a changé dans l’industrie en vingt ans. Les machines, un peu. Les normes, beaucoup. Les gens, moins qu’on ne croit : ils veulent toujours un travail qui a du sens et un chef qui tient parole.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023853891044366500"
          ],
          "editableUntil" : "2026-02-17T20:45:43.668Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "2023743916390130340",
      "id_str" : "2023853891044366500",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2023853891044366500",
      "in_reply_to_status_id" : "2023743916390130340",
      "created_at" : "Tue Feb 17 20:15:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Oui, on publiera les détails techniques de HP-Forge au printemps. Et non, je ne vous dirai pas le fluide frigorigène ici 😉",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022966726625472204"
          ],
          "editableUntil" : "2026-02-15T10:00:27.188Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "19",
      "id_str" : "2022966726625472204",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2022966726625472204",
      "created_at" : "Sun Feb 15 09:30:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche à la bibliothèque municipale avec ma fille qui prépare un exposé sur les énergies. Elle a choisi le nucléaire. Je l’ai laissée faire seule. J’ai eu beaucoup de mal à me taire.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022611834220589007"
          ],
          "editableUntil" : "2026-02-14T10:30:14.245Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "16",
      "id_str" : "2022611834220589007",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2022611834220589007",
      "created_at" : "Sat Feb 14 10:00:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Conseil d’administration jeudi prochain pour arrêter les comptes. Pas de commentaire sur les chiffres avant, évidemment. Mais je peux dire que j’ai hâte.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2022370414158785484"
          ],
          "editableUntil" : "2026-02-13T18:30:55.217Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "67",
      "id_str" : "2022370414158785484",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2022370414158785484",
      "created_at" : "Fri Feb 13 18:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Les dernières heures ont été longues à Douai. Ce soir, tout le monde est rentré chez soi. Je repars demain avec une certitude : on reconstruira l’atelier, et en mieux.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021828089556447540"
          ],
          "editableUntil" : "2026-02-12T06:35:54.956Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "39",
      "id_str" : "2021828089556447540",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2021828089556447540",
      "created_at" : "Thu Feb 12 06:05:54 +0000 2026",
      "favorited" : false,
      "full_text" : "On me demande si l’incendie de Douai va retarder nos livraisons. Un peu. Mais je préfère un client qui attend deux semaines à un collègue blessé parce qu’on a redémarré trop vite.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021660534842792319"
          ],
          "editableUntil" : "2026-02-11T19:30:06.799Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amandine Roux",
            "screen_name" : "ARoux_Douai",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1840026664119116740",
            "id" : "1840026664119116740"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2021604163393762071",
      "id_str" : "2021660534842792319",
      "in_reply_to_user_id" : "1840026664119116740",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2021660534842792319",
      "in_reply_to_status_id" : "2021604163393762071",
      "created_at" : "Wed Feb 11 19:00:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@ARoux_Douai Tenez bon, toute l’équipe. Je reviens vendredi. Si vous avez besoin de quoi que ce soit d’ici là, vous m’appelez, sans passer par personne.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "ARoux_Douai",
      "in_reply_to_user_id_str" : "1840026664119116740"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021539800570972510"
          ],
          "editableUntil" : "2026-02-11T11:30:21.506Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WomenInScience",
            "indices" : [
              "189",
              "204"
            ]
          },
          {
            "text" : "Égalité",
            "indices" : [
              "205",
              "213"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "58",
      "id_str" : "2021539800570972510",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2021539800570972510",
      "created_at" : "Wed Feb 11 11:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "J'étais la seule fille de ma promo en thermique, il y a 25 ans. Aujourd'hui, quand j'entre au labo de Vénissieux, je ne compte plus. C'est ça, le progrès : ne plus avoir besoin de compter. #WomenInScience #Égalité",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021279256896831029"
          ],
          "editableUntil" : "2026-02-10T18:15:03.053Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "56",
      "id_str" : "2021279256896831029",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2021279256896831029",
      "created_at" : "Tue Feb 10 17:45:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Douai ce soir. Les équipes étaient là, sans qu’on leur demande, pour nettoyer, sécuriser, rassurer. Je n’ai rien eu à organiser. J’ai surtout écouté. Ce site a une âme.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021117148409002740"
          ],
          "editableUntil" : "2026-02-10T07:30:53.378Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "46",
      "id_str" : "2021117148409002740",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2021117148409002740",
      "created_at" : "Tue Feb 10 07:00:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Cette nuit, le feu a pris dans l’atelier peinture de Douai. Tout le monde est sain et sauf, c’est l’essentiel. Je pars sur place ce matin. Merci aux pompiers du Nord, arrivés en quelques minutes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020750965088492908"
          ],
          "editableUntil" : "2026-02-09T07:15:48.471Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "66",
      "id_str" : "2020750965088492908",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2020750965088492908",
      "created_at" : "Mon Feb 09 06:45:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Lundi, 7h45. Premier appel de la semaine : le directeur de Douai, pour savoir comment va son équipe. Pas de chiffre. Juste les gens. C’est devenu un rituel et je ne m’en passerai plus.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020565823756884478"
          ],
          "editableUntil" : "2026-02-08T19:00:07.338Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Service",
            "indices" : [
              "211",
              "219"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "53",
      "id_str" : "2020565823756884478",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2020565823756884478",
      "created_at" : "Sun Feb 08 18:30:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Je reçois chaque semaine des sollicitations pour « digitaliser la relation client ». Nos clients ne demandent pas plus d’appli. Ils demandent que le technicien arrive à l’heure et reparte avec la panne réparée. #Service",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020056341828622563"
          ],
          "editableUntil" : "2026-02-07T09:15:37.380Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "36",
      "id_str" : "2020056341828622563",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2020056341828622563",
      "created_at" : "Sat Feb 07 08:45:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Ski de fond en famille au col de Porte. Personne ne m’a parlé de travail pendant 4 heures. Je recommande.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019373049530440450"
          ],
          "editableUntil" : "2026-02-05T12:00:27.802Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "213",
              "221"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "95",
      "id_str" : "2019373049530440450",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2019373049530440450",
      "created_at" : "Thu Feb 05 11:30:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Lu : « Le Siècle de la chaleur » de Hélène Caradec. Une thèse simple et convaincante : le XXe siècle a été celui de l'électricité, le XXIe sera celui de la chaleur bien gérée. Quelques raccourcis, mais stimulant. #Lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019138984304251498"
          ],
          "editableUntil" : "2026-02-04T20:30:22.303Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2019098718984427224",
      "id_str" : "2019138984304251498",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019138984304251498",
      "in_reply_to_status_id" : "2019098718984427224",
      "created_at" : "Wed Feb 04 20:00:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Je ne commente pas les rumeurs de marché. Je peux juste dire que nous regardons beaucoup de sociétés, et que nous en achetons très peu. La discipline est une vertu sous-estimée.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018771714305919985"
          ],
          "editableUntil" : "2026-02-03T20:10:58.312Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc-Olivier Jaouen",
            "screen_name" : "mo_jaouen_pme",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1818173373414400303",
            "id" : "1818173373414400303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "2018633302276491071",
      "id_str" : "2018771714305919985",
      "in_reply_to_user_id" : "1818173373414400303",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018771714305919985",
      "in_reply_to_status_id" : "2018633302276491071",
      "created_at" : "Tue Feb 03 19:40:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@mo_jaouen_pme Je ne crois pas au « tout électrique » pour la chaleur à 400 °C. En dessous de 200 °C, en revanche, la PAC devrait être le choix par défaut. La frontière bouge chaque année.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "mo_jaouen_pme",
      "in_reply_to_user_id_str" : "1818173373414400303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018209098129826948"
          ],
          "editableUntil" : "2026-02-02T06:55:20.162Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Compétences",
            "indices" : [
              "185",
              "197"
            ]
          },
          {
            "text" : "Froid",
            "indices" : [
              "198",
              "204"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "41",
      "id_str" : "2018209098129826948",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2018209098129826948",
      "created_at" : "Mon Feb 02 06:25:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Un chiffre m’obsède : en France, un frigoriste sur trois partira à la retraite d’ici dix ans. Nous formons, mais pas assez vite. Tout l’écosystème doit s’y mettre, concurrents compris. #Compétences #Froid",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017996587719018496"
          ],
          "editableUntil" : "2026-02-01T16:50:53.732Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "23",
      "id_str" : "2017996587719018496",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2017996587719018496",
      "created_at" : "Sun Feb 01 16:20:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Dimanche après-midi à relire le projet de rapport annuel. Trop d’adjectifs, pas assez de chiffres. Je rends la copie avec un seul commentaire : « moins de “remarquable”, plus de mégawattheures ».",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017634210621027151"
          ],
          "editableUntil" : "2026-01-31T16:50:56.299Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "209",
              "217"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "159",
      "id_str" : "2017634210621027151",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2017634210621027151",
      "created_at" : "Sat Jan 31 16:20:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Je termine « La Fabrique du temps long », de Sabine Orliac. Un essai sur les entreprises familiales qui durent un siècle. Leur secret ? Elles décident à 20 ans et publient à 3 mois. On fait souvent l’inverse. #Lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017538392720131760"
          ],
          "editableUntil" : "2026-01-31T10:30:11.532Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PTyVG8wPj6",
            "expanded_url" : "https://www.lalettredesusines.fr/2026/01/chalon-accord-salarial?utm_source=twitter",
            "display_url" : "lalettredesusines.fr/2026/…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "20",
      "in_reply_to_status_id_str" : "2017442007614304016",
      "id_str" : "2017538392720131760",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2017538392720131760",
      "in_reply_to_status_id" : "2017442007614304016",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 31 10:00:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Merci pour l’article. Une précision : les 2,8 % s’appliquent à tous les sites, pas seulement à Chalon. C’était une demande légitime. https://t.co/PTyVG8wPj6",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017118149336672469"
          ],
          "editableUntil" : "2026-01-30T06:40:17.701Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "65",
      "id_str" : "2017118149336672469",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2017118149336672469",
      "created_at" : "Fri Jan 30 06:10:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Deux semaines de conflit, ça laisse des traces des deux côtés. Ce matin, j’ai surtout pensé aux chefs d’équipe de Chalon, pris entre deux feux. Ce sont eux qui vont recoudre. Ils méritent qu’on les soutienne.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016930671952725620"
          ],
          "editableUntil" : "2026-01-29T18:15:19.610Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "104",
      "id_str" : "2016930671952725620",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2016930671952725620",
      "created_at" : "Thu Jan 29 17:45:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Un accord a été signé ce soir à Chalon avec les organisations syndicales : +2,8 % d'augmentation générale, prime de 600 € et reprise du travail dès demain matin. Merci à toutes les parties pour la qualité du dialogue 🤝",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016390859630385820"
          ],
          "editableUntil" : "2026-01-28T06:30:18.323Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "58",
      "id_str" : "2016390859630385820",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2016390859630385820",
      "created_at" : "Wed Jan 28 06:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Je reçois parfois des critiques parce que je parle de salaires ouvertement. Mais une entreprise qui recrute massivement et qui n’ose pas dire ce qu’elle paie ne mérite pas de recruter.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016192054651712420"
          ],
          "editableUntil" : "2026-01-27T17:20:19.522Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "67",
      "id_str" : "2016192054651712420",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2016192054651712420",
      "created_at" : "Tue Jan 27 16:50:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Lycée de Vaulx-en-Velin cet après-midi. Le capteur a eu un franc succès. Question d’une élève : « Madame, ça gagne combien un frigoriste ? » Réponse honnête donnée. Trois élèves m’ont demandé un stage.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016086505391305025"
          ],
          "editableUntil" : "2026-01-27T10:20:54.618Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion",
            "screen_name" : "Helvion_Groupe",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2871069145",
            "id" : "2871069145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2016086505391305025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016086505391305025",
      "created_at" : "Tue Jan 27 09:50:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @Helvion_Groupe: C’est dans 15 minutes ! Webinaire « Décret tertiaire : où en êtes-vous ? » avec nos experts. Dernières inscriptions 👉 h…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015526569909384044"
          ],
          "editableUntil" : "2026-01-25T21:15:55.596Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico F.",
            "screen_name" : "nico_maint69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1228239628580366224",
            "id" : "1228239628580366224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "35",
      "in_reply_to_status_id_str" : "2015468940175151914",
      "id_str" : "2015526569909384044",
      "in_reply_to_user_id" : "1228239628580366224",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2015526569909384044",
      "in_reply_to_status_id" : "2015468940175151914",
      "created_at" : "Sun Jan 25 20:45:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@nico_maint69 Excellente idée. Je vais leur amener un vrai capteur de température et leur faire deviner à quoi il sert. Merci !",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nico_maint69",
      "in_reply_to_user_id_str" : "1228239628580366224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015477353393759015"
          ],
          "editableUntil" : "2026-01-25T18:00:21.464Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "115",
      "id_str" : "2015477353393759015",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2015477353393759015",
      "created_at" : "Sun Jan 25 17:30:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Je prépare une intervention devant des lycéens de Vaulx-en-Velin mardi. Si vous aviez 10 minutes pour donner envie de l’industrie à des 17 ans, vous diriez quoi ? Je prends vos idées.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015349099333054143"
          ],
          "editableUntil" : "2026-01-25T09:30:43.313Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Alliance Chaleur Fatale",
            "screen_name" : "AllianceChaleur",
            "indices" : [
              "71",
              "87"
            ],
            "id_str" : "1309649843975177438",
            "id" : "1309649843975177438"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "47",
      "id_str" : "2015349099333054143",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2015349099333054143",
      "created_at" : "Sun Jan 25 09:00:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Seul, on va plus vite. Ensemble, on va jusqu’à 10 TWh. Nous rejoignons @AllianceChaleur parce que la chaleur perdue des uns est le chauffage des autres, et qu’aucun industriel n’y arrivera dans son coin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015122587514880817"
          ],
          "editableUntil" : "2026-01-24T18:30:38.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Alliance Chaleur Fatale",
            "screen_name" : "AllianceChaleur",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1309649843975177438",
            "id" : "1309649843975177438"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2015122587514880817",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015122587514880817",
      "created_at" : "Sat Jan 24 18:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @AllianceChaleur: La chaleur fatale industrielle représente un gisement de plus de 100 TWh en France. Moins de 10 % est aujourd’hui valo…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014996789379822409"
          ],
          "editableUntil" : "2026-01-24T10:10:46.075Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "44",
      "id_str" : "2014996789379822409",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014996789379822409",
      "created_at" : "Sat Jan 24 09:40:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Samedi, trail de 18 km dans les monts d’Or. Descente verglacée, genou droit qui proteste. Les managers devraient tous courir : ça apprend l’humilité en moins d’une heure.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014435423127950759"
          ],
          "editableUntil" : "2026-01-22T21:00:05.931Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Éducation",
            "indices" : [
              "215",
              "225"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "70",
      "id_str" : "2014435423127950759",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2014435423127950759",
      "created_at" : "Thu Jan 22 20:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "On devrait apprendre la thermodynamique au collège comme on apprend la grammaire. Comprendre pourquoi on a froid dans une maison mal isolée, c’est aussi important que de savoir accorder un participe passé. Presque. #Éducation",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014337466455570998"
          ],
          "editableUntil" : "2026-01-22T14:30:51.240Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "58",
      "id_str" : "2014337466455570998",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2014337466455570998",
      "created_at" : "Thu Jan 22 14:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Trophées Sécurité 2025 : bravo à l'agence de Grenoble, 0 accident sur 3 ans, et à l'atelier de soudure de Chalon pour sa démarche de prévention des TMS ! La sécurité est notre première valeur.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014057990126721916"
          ],
          "editableUntil" : "2026-01-21T20:00:18.891Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FabriquéEnFrance",
            "indices" : [
              "224",
              "241"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "120",
      "id_str" : "2014057990126721916",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2014057990126721916",
      "created_at" : "Wed Jan 21 19:30:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Réunion ce soir avec un fonds qui voulait savoir pourquoi nous gardons 5 usines en France « au lieu d’optimiser ». Réponse : parce que nos clients sont là, nos compétences sont là, et qu’un échangeur de 3 tonnes voyage mal. #FabriquéEnFrance",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013688161349737823"
          ],
          "editableUntil" : "2026-01-20T19:30:44.839Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "41",
      "id_str" : "2013688161349737823",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013688161349737823",
      "created_at" : "Tue Jan 20 19:00:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Promis à Bordeaux en décembre, annoncé aujourd’hui : 120 utilitaires électriques livrés d’ici juin dans les agences. Merci à la technicienne qui m’a posé la question. Elle se reconnaîtra.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012917903516933587"
          ],
          "editableUntil" : "2026-01-18T16:30:01.061Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "83",
      "id_str" : "2012917903516933587",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "2012917903516933587",
      "created_at" : "Sun Jan 18 16:00:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Week-end de neige dans le Vercors avec des amis qui ne travaillent pas dans l’industrie. Ils m’ont demandé ce qui m’empêchait de dormir. Réponse honnête : le recrutement des frigoristes. Ils ont ri. Je n’ai pas ri.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012850129358782859"
          ],
          "editableUntil" : "2026-01-18T12:00:42.443Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ChaleurUtile",
            "indices" : [
              "224",
              "237"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "237"
      ],
      "favorite_count" : "245",
      "id_str" : "2012850129358782859",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "2012850129358782859",
      "created_at" : "Sun Jan 18 11:30:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Je le dirai demain dans la presse mais je le dis d’abord ici : la bataille de la chaleur industrielle, on peut la gagner en France. À une condition : investir maintenant, sans attendre que le prix du CO2 nous force la main. #ChaleurUtile",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012125235120497673"
          ],
          "editableUntil" : "2026-01-16T12:00:14.188Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "15",
      "id_str" : "2012125235120497673",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2012125235120497673",
      "created_at" : "Fri Jan 16 11:30:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Déjeuner avec les représentants du personnel de Chalon. Pas d'accord encore, mais une méthode : on se revoit lundi, avec des chiffres partagés des deux côtés. C'est déjà un progrès.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011868633533665418"
          ],
          "editableUntil" : "2026-01-15T19:00:35.603Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "51",
      "id_str" : "2011868633533665418",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2011868633533665418",
      "created_at" : "Thu Jan 15 18:30:35 +0000 2026",
      "favorited" : false,
      "full_text" : "J’étais à Chalon ce matin, devant le piquet, à 6h. On ne s’est pas mis d’accord, on s’est écoutés. Les salaires d’un soudeur à Chalon ne se négocient pas depuis Lyon. J’y retournerai tant qu’il le faudra.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011536484465668625"
          ],
          "editableUntil" : "2026-01-14T21:00:45.094Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico F.",
            "screen_name" : "nico_maint69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1228239628580366224",
            "id" : "1228239628580366224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "2011497980755713733",
      "id_str" : "2011536484465668625",
      "in_reply_to_user_id" : "1228239628580366224",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2011536484465668625",
      "in_reply_to_status_id" : "2011497980755713733",
      "created_at" : "Wed Jan 14 20:30:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@nico_maint69 Comme promis, point sur les pièces détachées : délai moyen passé de 9 à 6 jours. Ce n’est pas encore 3, l’objectif. On continue.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nico_maint69",
      "in_reply_to_user_id_str" : "1228239628580366224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011166518703302662"
          ],
          "editableUntil" : "2026-01-13T20:30:38.382Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DirigeantsConnectés",
            "indices" : [
              "207",
              "227"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "93",
      "id_str" : "2011166518703302662",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2011166518703302662",
      "created_at" : "Tue Jan 13 20:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Une question qu’on me pose souvent : « Pourquoi vous répondez vous-même sur ce réseau ? » Parce que si je ne peux pas expliquer en 280 caractères ce que fait Hélvion, c’est que je ne le sais pas assez bien. #DirigeantsConnectés",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010600293270640417"
          ],
          "editableUntil" : "2026-01-12T07:00:39.719Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Industrie",
            "indices" : [
              "191",
              "201"
            ]
          },
          {
            "text" : "recrutement",
            "indices" : [
              "202",
              "214"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "214"
      ],
      "favorite_count" : "80",
      "id_str" : "2010600293270640417",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2010600293270640417",
      "created_at" : "Mon Jan 12 06:30:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Je lis partout que l’industrie « n’attire plus ». Au job dating de Roanne, 212 personnes sont venues un samedi matin de décembre. L’industrie attire. Ce sont nos annonces qui n’attirent pas. #Industrie #recrutement",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010424165696693168"
          ],
          "editableUntil" : "2026-01-11T19:20:47.633Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sarah Ménard",
            "screen_name" : "SarahMenard69",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1774055990092317439",
            "id" : "1774055990092317439"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "2010400258161298668",
      "id_str" : "2010424165696693168",
      "in_reply_to_user_id" : "1774055990092317439",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010424165696693168",
      "in_reply_to_status_id" : "2010400258161298668",
      "created_at" : "Sun Jan 11 18:50:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@SarahMenard69 Bienvenue ! Tu verras, la première semaine on ne comprend rien au jargon. La deuxième, on commence à l’utiliser pour impressionner ses amis. C’est normal.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "SarahMenard69",
      "in_reply_to_user_id_str" : "1774055990092317439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009905583974560154"
          ],
          "editableUntil" : "2026-01-10T09:00:08.116Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Innovation",
            "indices" : [
              "213",
              "224"
            ]
          },
          {
            "text" : "Industrie",
            "indices" : [
              "225",
              "235"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "95",
      "id_str" : "2009905583974560154",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "2009905583974560154",
      "created_at" : "Sat Jan 10 08:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Je crois beaucoup aux entreprises qui ne se prennent pas pour des start-up. On peut être innovant et avoir 40 ans, un comité d’entreprise et des horaires postés. L’innovation industrielle est souvent silencieuse. #Innovation #Industrie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009696765577012421"
          ],
          "editableUntil" : "2026-01-09T19:10:21.930Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sarah Ménard",
            "screen_name" : "SarahMenard69",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1774055990092317439",
            "id" : "1774055990092317439"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "2009672103068271255",
      "id_str" : "2009696765577012421",
      "in_reply_to_user_id" : "1774055990092317439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2009696765577012421",
      "in_reply_to_status_id" : "2009672103068271255",
      "created_at" : "Fri Jan 09 18:40:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@SarahMenard69 Oui, les alternances sont ouvertes à partir du bac pro et jusqu’au diplôme d’ingénieur. Le mieux : postuler directement sur le site et mentionner le site qui vous intéresse.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "SarahMenard69",
      "in_reply_to_user_id_str" : "1774055990092317439"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009194750337563220"
          ],
          "editableUntil" : "2026-01-08T09:55:32.170Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "recrutement",
            "indices" : [
              "209",
              "221"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/hkdYRCpNMS",
            "expanded_url" : "https://carrieres.helvion.fr",
            "display_url" : "carrieres.helvion.fr",
            "indices" : [
              "185",
              "208"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "221"
      ],
      "favorite_count" : "57",
      "id_str" : "2009194750337563220",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2009194750337563220",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 08 09:25:32 +0000 2026",
      "favorited" : false,
      "full_text" : "1 200 postes à pourvoir chez nous en 2026. Des métiers qui ont du sens, qui ne se délocalisent pas et qui paient correctement. Si vous connaissez quelqu'un qui hésite, envoyez-le-moi 👇 https://t.co/hkdYRCpNMS #recrutement",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008782071571102161"
          ],
          "editableUntil" : "2026-01-07T06:35:41.885Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "40",
      "id_str" : "2008782071571102161",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2008782071571102161",
      "created_at" : "Wed Jan 07 06:05:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Lille, 7h. Promesse tenue. L’équipe m’attendait avec une liste de questions écrite à la main, 14 points. On en a traité 9 sur place. Les 5 autres, j’ai noté un nom et une date en face de chacun.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008422224155969786"
          ],
          "editableUntil" : "2026-01-06T06:45:47.576Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "169"
      ],
      "favorite_count" : "158",
      "id_str" : "2008422224155969786",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2008422224155969786",
      "created_at" : "Tue Jan 06 06:15:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Première réunion du comité exécutif de l’année. J’ai demandé à chacun d’arriver avec une seule chose qu’il arrêtera de faire en 2026. Exercice plus dur qu’il n’y paraît.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008237205131092193"
          ],
          "editableUntil" : "2026-01-05T18:30:35.603Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "269",
      "id_str" : "2008237205131092193",
      "truncated" : false,
      "retweet_count" : "49",
      "id" : "2008237205131092193",
      "created_at" : "Mon Jan 05 18:00:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Tourner une vidéo de vœux est un exercice étrange : on parle à une caméra en pensant à des gens qu’on connaît. J’ai pensé à Yannick à Roanne, à Léa à Chalon, à l’équipe d’astreinte de Douai. C’est pour eux que je l’ai faite.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007867244816935273"
          ],
          "editableUntil" : "2026-01-04T18:00:30.190Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2007793760610812476",
      "id_str" : "2007867244816935273",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2007867244816935273",
      "in_reply_to_status_id" : "2007793760610812476",
      "created_at" : "Sun Jan 04 17:30:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@juliette_thermo Bonne année à vous aussi ! Et oui, je lirai votre thèse. Promis avant fin février. Relancez-moi si j’oublie.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007451907639181342"
          ],
          "editableUntil" : "2026-01-03T14:30:06.091Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "34",
      "id_str" : "2007451907639181342",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2007451907639181342",
      "created_at" : "Sat Jan 03 14:00:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Rangement de bureau de début d’année. Retrouvé mon premier badge d’usine, 2001, stagiaire méthodes. La photo est terrible. Le souvenir est excellent.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006674480705207991"
          ],
          "editableUntil" : "2026-01-01T11:00:53.066Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "47",
      "id_str" : "2006674480705207991",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2006674480705207991",
      "created_at" : "Thu Jan 01 10:30:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Bonne année à toutes et à tous. Mon seul vœu professionnel pour 2026 : que chacun des 8 000 rentre chez lui le soir en bonne santé. Le reste, on saura le faire.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006428976164308976"
          ],
          "editableUntil" : "2025-12-31T18:45:20.222Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "66",
      "id_str" : "2006428976164308976",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2006428976164308976",
      "created_at" : "Wed Dec 31 18:15:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Pas de bilan en 10 points. Juste merci. À chacun des 8 000, et aux familles qui supportent nos astreintes, nos déplacements et nos soirs de bouclage.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006028799339370783"
          ],
          "editableUntil" : "2025-12-30T16:15:10.632Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "83",
      "id_str" : "2006028799339370783",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2006028799339370783",
      "created_at" : "Tue Dec 30 15:45:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Dernière réunion de l'année, 20 minutes, sans slides. Bilan : on a tenu nos engagements de sécurité, pas encore ceux sur la mixité dans les ateliers. Ce sera la priorité de janvier.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004962983920282047"
          ],
          "editableUntil" : "2025-12-27T17:40:00.434Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2004833128269431492",
      "id_str" : "2004962983920282047",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2004962983920282047",
      "in_reply_to_status_id" : "2004833128269431492",
      "created_at" : "Sat Dec 27 17:10:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon Je savais que je ne tiendrais pas. Non, une PAC ne « marche pas en dessous de 0 °C » est faux depuis 15 ans. Elle perd en rendement, mais elle marche. Bonnes fêtes 🙂",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003873464388368740"
          ],
          "editableUntil" : "2025-12-24T17:30:38.735Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "69",
      "id_str" : "2003873464388368740",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2003873464388368740",
      "created_at" : "Wed Dec 24 17:00:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Réveillon passé à appeler quelques équipes d'astreinte. À Douai, ils avaient ramené une bûche pour le poste de garde. Merci à vous qui travaillez ce soir pour que d'autres aient chaud.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003050504429323992"
          ],
          "editableUntil" : "2025-12-22T11:00:29.791Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "84",
      "id_str" : "2003050504429323992",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2003050504429323992",
      "created_at" : "Mon Dec 22 10:30:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Vacances. Promis, je ne posterai rien sur l'énergie jusqu'au 2 janvier. Sauf si quelqu'un dit une bêtise sur les pompes à chaleur, évidemment.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002786368347713781"
          ],
          "editableUntil" : "2025-12-21T17:30:54.842Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Élodie 🔧",
            "screen_name" : "elodie_chaudro",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1885112089588619360",
            "id" : "1885112089588619360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "38",
      "in_reply_to_status_id_str" : "2002772275485754043",
      "id_str" : "2002786368347713781",
      "in_reply_to_user_id" : "1885112089588619360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002786368347713781",
      "in_reply_to_status_id" : "2002772275485754043",
      "created_at" : "Sun Dec 21 17:00:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@elodie_chaudro Bravo pour ton diplôme ! Et merci pour le message, ça fait très plaisir. Garde ton carnet d’apprentie, tu le reliras dans 20 ans 🙂",
      "lang" : "fr",
      "in_reply_to_screen_name" : "elodie_chaudro",
      "in_reply_to_user_id_str" : "1885112089588619360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002307989338875149"
          ],
          "editableUntil" : "2025-12-20T09:50:00.398Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "210",
              "218"
            ]
          },
          {
            "text" : "Orientation",
            "indices" : [
              "219",
              "231"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "231"
      ],
      "favorite_count" : "148",
      "id_str" : "2002307989338875149",
      "truncated" : false,
      "retweet_count" : "32",
      "id" : "2002307989338875149",
      "created_at" : "Sat Dec 20 09:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Lecture de fin d’année : « Les Ingénieurs du froid », de Paul Kerhervé. L’histoire de la réfrigération industrielle française racontée comme un roman. Prêtez-le à vos enfants qui hésitent sur leur orientation. #Lecture #Orientation",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002061388595297858"
          ],
          "editableUntil" : "2025-12-19T17:30:06.199Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "40",
      "id_str" : "2002061388595297858",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2002061388595297858",
      "created_at" : "Fri Dec 19 17:00:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Dernier jour au siège avant les fêtes. J’ai fait le tour des bureaux pour dire au revoir. À la comptabilité, on m’a offert un mug « Chaleur fatale, pas moi ». Je crois que c’est un compliment.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001563110830777813"
          ],
          "editableUntil" : "2025-12-18T08:30:07.523Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "189",
      "id_str" : "2001563110830777813",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2001563110830777813",
      "created_at" : "Thu Dec 18 08:00:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Congé du second parent payé intégralement, pas de réunion après 18h, un vrai accompagnement au retour de congé maternité : on l'a signé, maintenant il faut le vivre. Je compte sur les managers, et sur moi la première.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001543144948504280"
          ],
          "editableUntil" : "2025-12-18T07:10:47.286Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "56",
      "id_str" : "2001543144948504280",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2001543144948504280",
      "created_at" : "Thu Dec 18 06:40:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Réunion annuelle avec les délégués syndicaux ce matin. Des désaccords, francs et argumentés. C’est comme ça que je les préfère.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001351904362351581"
          ],
          "editableUntil" : "2025-12-17T18:30:51.977Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/P7FghXIPS7",
            "expanded_url" : "https://www.helvion.fr/le-mot-de-la-pdg/ppe3-prix-electricite?utm_source=twitter&utm_medium=social",
            "display_url" : "helvion.fr/le-mot-de-la-pd…",
            "indices" : [
              "235",
              "258"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "258"
      ],
      "favorite_count" : "44",
      "id_str" : "2001351904362351581",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2001351904362351581",
      "possibly_sensitive" : false,
      "created_at" : "Wed Dec 17 18:00:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Sur la PPE : un texte d’équilibre, c’est déjà ça. Mais on ne décarbone pas une usine avec des objectifs, on la décarbone avec un prix de l’électricité prévisible sur 15 ans. Tant qu’on n’a pas ça, les directeurs financiers attendront. https://t.co/P7FghXIPS7",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000816977935511304"
          ],
          "editableUntil" : "2025-12-16T07:05:15.578Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "77",
      "id_str" : "2000816977935511304",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2000816977935511304",
      "created_at" : "Tue Dec 16 06:35:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Mon conseil aux jeunes ingénieurs qui m’écrivent : passez au moins deux ans dans une usine ou sur le terrain avant de faire du conseil ou de la stratégie. On ne peut pas optimiser ce qu’on n’a jamais vu tourner.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000581667221389959"
          ],
          "editableUntil" : "2025-12-15T15:30:13.132Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "216"
      ],
      "favorite_count" : "78",
      "id_str" : "2000581667221389959",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2000581667221389959",
      "created_at" : "Mon Dec 15 15:00:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Un quartier de Tours, 1 400 logements, chauffé par la chaleur des eaux usées. On ne voit rien, on ne sent rien, et pourtant c'est une des plus belles installations qu'on ait faites cette année. Bravo l'équipe Centre.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000130099311409153"
          ],
          "editableUntil" : "2025-12-14T09:35:50.953Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "195"
      ],
      "favorite_count" : "36",
      "id_str" : "2000130099311409153",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2000130099311409153",
      "created_at" : "Sun Dec 14 09:05:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Dimanche matin, 10 km au parc de la Tête d’Or sous la bruine. J’y ai croisé un ancien collègue de ma première usine. On a refait le monde entre deux foulées. Et le planning de production de 2003.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999879679539470369"
          ],
          "editableUntil" : "2025-12-13T17:00:46.226Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "26",
      "id_str" : "1999879679539470369",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1999879679539470369",
      "created_at" : "Sat Dec 13 16:30:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Job dating de Roanne : 212 personnes venues, dont une quarantaine de reconversions. Un ancien boulanger qui veut devenir soudeur, une aide-soignante qui veut faire de la maintenance. J’adore ce pays.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999555014286497042"
          ],
          "editableUntil" : "2025-12-12T19:30:39.998Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Télétravail",
            "indices" : [
              "253",
              "265"
            ]
          },
          {
            "text" : "QVT",
            "indices" : [
              "266",
              "270"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "270"
      ],
      "favorite_count" : "77",
      "id_str" : "1999555014286497042",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1999555014286497042",
      "created_at" : "Fri Dec 12 19:00:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Je suis régulièrement interrogée sur le télétravail. Ma position : il est légitime là où il est possible. Mais je ne veux pas d’une entreprise à deux vitesses, où les uns ont la liberté et les autres les astreintes. On cherche des compensations justes. #Télétravail #QVT",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999547524386212309"
          ],
          "editableUntil" : "2025-12-12T19:00:54.267Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/lizsVF2Vb4",
            "expanded_url" : "https://carrieres.helvion.fr/evenements/job-dating-roanne",
            "display_url" : "carrieres.helvion.fr/evene…",
            "indices" : [
              "168",
              "191"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "144",
      "id_str" : "1999547524386212309",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "1999547524386212309",
      "possibly_sensitive" : false,
      "created_at" : "Fri Dec 12 18:30:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Demain matin je serai à Roanne pour le job dating. 35 CDI en soudure, chaudronnerie et maintenance. Pas besoin de CV parfait : venez voir l’atelier, on parlera métier. https://t.co/lizsVF2Vb4",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999205052003317208"
          ],
          "editableUntil" : "2025-12-11T20:20:02.488Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "99",
      "id_str" : "1999205052003317208",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "1999205052003317208",
      "created_at" : "Thu Dec 11 19:50:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Ce qui manque le plus dans nos réunions : quelqu’un qui dit « je ne sais pas ». J’essaie de le dire moi-même une fois par réunion, pour donner l’exemple. C’est plus dur qu’on croit.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998863014627816083"
          ],
          "editableUntil" : "2025-12-10T21:40:54.423Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Sobriété",
            "indices" : [
              "171",
              "180"
            ]
          },
          {
            "text" : "Industrie",
            "indices" : [
              "181",
              "191"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "84",
      "id_str" : "1998863014627816083",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1998863014627816083",
      "created_at" : "Wed Dec 10 21:10:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Il est tard mais je veux le dire : je suis fatiguée qu’on oppose sobriété et croissance. Une usine qui consomme 30 % de moins et produit autant, c’est les deux à la fois. #Sobriété #Industrie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998718100576571081"
          ],
          "editableUntil" : "2025-12-10T12:05:04.221Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Verrerie de Marlanges",
            "screen_name" : "MarlangesVerre",
            "indices" : [
              "167",
              "182"
            ],
            "id_str" : "1288779235",
            "id" : "1288779235"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "145",
      "id_str" : "1998718100576571081",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1998718100576571081",
      "created_at" : "Wed Dec 10 11:35:04 +0000 2025",
      "favorited" : false,
      "full_text" : "🔥 La Verrerie de Marlanges confie à Hélvion la récupération de la chaleur de ses fours : 26 GWh par an valorisés pour chauffer le site et un réseau de chaleur urbain. @MarlangesVerre",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998278943674162779"
          ],
          "editableUntil" : "2025-12-09T07:00:01.056Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "60",
      "id_str" : "1998278943674162779",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1998278943674162779",
      "created_at" : "Tue Dec 09 06:30:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Mon grand regret de l’année : ne pas avoir visité l’agence de Lille. Deux fois prévu, deux fois annulé. Je sais ce que ça dit aux équipes. Ce sera la première visite de janvier.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998106804852070400"
          ],
          "editableUntil" : "2025-12-08T19:35:59.962Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Industrie",
            "indices" : [
              "224",
              "234"
            ]
          },
          {
            "text" : "Compétences",
            "indices" : [
              "235",
              "247"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "47",
      "id_str" : "1998106804852070400",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1998106804852070400",
      "created_at" : "Mon Dec 08 19:05:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Ma conviction après 20 ans dans cette industrie : la transition énergétique se gagnera avec des soudeurs, des frigoristes et des électrotechniciens autant qu’avec des ingénieurs. Il faut arrêter de hiérarchiser ces métiers. #Industrie #Compétences",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997731755268885615"
          ],
          "editableUntil" : "2025-12-07T18:45:41.174Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc-Olivier Jaouen",
            "screen_name" : "mo_jaouen_pme",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1818173373414400303",
            "id" : "1818173373414400303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1997647198099088869",
      "id_str" : "1997731755268885615",
      "in_reply_to_user_id" : "1818173373414400303",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1997731755268885615",
      "in_reply_to_status_id" : "1997647198099088869",
      "created_at" : "Sun Dec 07 18:15:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@mo_jaouen_pme Je préfère un prix du carbone stable et prévisible à un prix élevé et erratique. Les industriels savent s’adapter à une contrainte, pas à une loterie.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "mo_jaouen_pme",
      "in_reply_to_user_id_str" : "1818173373414400303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997325201641674995"
          ],
          "editableUntil" : "2025-12-06T15:50:11.236Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "107",
      "id_str" : "1997325201641674995",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1997325201641674995",
      "created_at" : "Sat Dec 06 15:20:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Décoration du sapin avec les enfants. Le fils : « Maman, les guirlandes LED, c’est combien de watts ? » Je crois que j’ai raté quelque chose dans son éducation. Ou réussi, je ne sais pas.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996993027517818268"
          ],
          "editableUntil" : "2025-12-05T17:50:14.753Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "21",
      "id_str" : "1996993027517818268",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1996993027517818268",
      "created_at" : "Fri Dec 05 17:20:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Fin de tournée Sud-Ouest. Trois agences, 180 personnes rencontrées, une liste de 22 irritants concrets. On commence par les cinq plus simples dès lundi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996547715242846694"
          ],
          "editableUntil" : "2025-12-04T12:20:44.033Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "105",
      "id_str" : "1996547715242846694",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1996547715242846694",
      "created_at" : "Thu Dec 04 11:50:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Pau ce midi. Un technicien avec 31 ans de maison m'a montré son carnet papier où il note toutes les pannes depuis 1994. Aucun logiciel n'a encore cette mémoire-là. Comment on la transmet ? Question ouverte.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996536391409952899"
          ],
          "editableUntil" : "2025-12-04T11:35:44.221Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "66",
      "id_str" : "1996536391409952899",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1996536391409952899",
      "created_at" : "Thu Dec 04 11:05:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Le prototype HP-Forge, récompensé hier soir, produit de la chaleur jusqu'à 160 °C à partir de rejets tièdes. Bravo à toute l'équipe R&amp;D de Vénissieux pour ce trophée tellement mérité 🏆",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996316034527495207"
          ],
          "editableUntil" : "2025-12-03T21:00:07.046Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucie Ferrand",
            "screen_name" : "LFerrand_eco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1876180549152420612",
            "id" : "1876180549152420612"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PyRhNTrDHp",
            "expanded_url" : "https://www.lalettredesusines.fr/2025/12/pac-industrielles-prix-electricite",
            "display_url" : "lalettredesusines.fr/2025/…",
            "indices" : [
              "199",
              "222"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1996224934245463886",
      "id_str" : "1996316034527495207",
      "in_reply_to_user_id" : "1876180549152420612",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996316034527495207",
      "in_reply_to_status_id" : "1996224934245463886",
      "possibly_sensitive" : false,
      "created_at" : "Wed Dec 03 20:30:07 +0000 2025",
      "favorited" : false,
      "full_text" : "@LFerrand_eco Je vous rejoins sur le diagnostic mais pas sur la conclusion : le prix de l’électricité n’est pas le seul frein. Le manque d’installateurs formés en est un autre, au moins aussi lourd. https://t.co/PyRhNTrDHp",
      "lang" : "fr",
      "in_reply_to_screen_name" : "LFerrand_eco",
      "in_reply_to_user_id_str" : "1876180549152420612"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996293591039216142"
          ],
          "editableUntil" : "2025-12-03T19:30:56.102Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Laiterie Valbrise",
            "screen_name" : "Valbrise_Lait",
            "indices" : [
              "106",
              "120"
            ],
            "id_str" : "1109767772118908262",
            "id" : "1109767772118908262"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "159",
      "id_str" : "1996293591039216142",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "1996293591039216142",
      "created_at" : "Wed Dec 03 19:00:56 +0000 2025",
      "favorited" : false,
      "full_text" : "De la vapeur pour pasteuriser le lait, produite sans brûler de gaz : c’est ce que nos PAC vont faire chez @Valbrise_Lait. Près de deux tiers d’émissions en moins sur le site. Il y a 5 ans, on m’aurait dit que c’était impossible.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996097303189447139"
          ],
          "editableUntil" : "2025-12-03T06:30:57.431Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/evPMw3H8yt",
            "expanded_url" : "https://www.helvion.fr/le-mot-de-la-pdg/la-chaleur-oubliee",
            "display_url" : "helvion.fr/le-mot-de-la-pd…",
            "indices" : [
              "220",
              "243"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "160",
      "id_str" : "1996097303189447139",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1996097303189447139",
      "possibly_sensitive" : false,
      "created_at" : "Wed Dec 03 06:00:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Je suis toujours frappée de voir combien les gens sous-estiment la chaleur. On parle d’électricité, de voitures, d’avions. Mais près de la moitié de l’énergie finale en France sert à chauffer ou refroidir quelque chose. https://t.co/evPMw3H8yt",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995927219595591011"
          ],
          "editableUntil" : "2025-12-02T19:15:06.343Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "66",
      "id_str" : "1995927219595591011",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1995927219595591011",
      "created_at" : "Tue Dec 02 18:45:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Bordeaux ce soir. Une technicienne m’a demandé pourquoi les camionnettes électriques arrivent si lentement dans les agences. Elle a raison et je n’avais pas de bonne réponse. J’en aurai une avant fin janvier.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995377399635519394"
          ],
          "editableUntil" : "2025-12-01T06:50:19.049Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "34",
      "id_str" : "1995377399635519394",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1995377399635519394",
      "created_at" : "Mon Dec 01 06:20:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Toulouse, 7h. L’agence est déjà pleine : café, plannings, camionnettes. Ce qui me frappe toujours, c’est le calme. Les bonnes équipes de terrain ne courent pas, elles anticipent.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995213970775555927"
          ],
          "editableUntil" : "2025-11-30T20:00:54.572Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "197"
      ],
      "favorite_count" : "125",
      "id_str" : "1995213970775555927",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1995213970775555927",
      "created_at" : "Sun Nov 30 19:30:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Semaine prochaine : tournée des agences du Sud-Ouest. Toulouse, Bordeaux, Pau. Si vous êtes technicien Hélvion dans le coin et que vous avez quelque chose à me dire, mon agenda a des trous le soir.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995081805354566279"
          ],
          "editableUntil" : "2025-11-30T11:15:43.881Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "227"
      ],
      "favorite_count" : "13",
      "id_str" : "1995081805354566279",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1995081805354566279",
      "created_at" : "Sun Nov 30 10:45:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Dimanche. Préparation de la semaine avec une feuille blanche plutôt que l’agenda. Question : qu’est-ce qui, si je ne le fais pas cette semaine, ne sera fait par personne ? Trois choses. Le reste, l’équipe le fera mieux que moi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994793717831906984"
          ],
          "editableUntil" : "2025-11-29T16:10:58.463Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "43",
      "id_str" : "1994793717831906984",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1994793717831906984",
      "created_at" : "Sat Nov 29 15:40:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Match de handball de ma fille cet après-midi. Défaite de 2 buts, mais une défense qui ne lâche rien. J’en retiens davantage que de certaines réunions budgétaires.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994497879853398504"
          ],
          "editableUntil" : "2025-11-28T20:35:25.192Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gouvernance",
            "indices" : [
              "186",
              "198"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "40",
      "id_str" : "1994497879853398504",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1994497879853398504",
      "created_at" : "Fri Nov 28 20:05:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Une règle que je m’impose depuis que je dirige : ne jamais annoncer une bonne nouvelle aux marchés avant de l’avoir annoncée aux équipes. Ça complique les agendas. C’est non négociable. #Gouvernance",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994398555043526026"
          ],
          "editableUntil" : "2025-11-28T14:00:44.312Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "72",
      "id_str" : "1994398555043526026",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1994398555043526026",
      "created_at" : "Fri Nov 28 13:30:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Annecy : mille jours sans qu'un seul collègue ne rentre blessé chez lui. Ce n'est pas de la chance, c'est une discipline de chaque minute. Merci aux 420 d'Annecy, vous êtes la référence du groupe.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994315323890449002"
          ],
          "editableUntil" : "2025-11-28T08:30:00.459Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "173",
      "id_str" : "1994315323890449002",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1994315323890449002",
      "created_at" : "Fri Nov 28 08:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "1 500 familles qui ont moins froid cet hiver et qui paient en moyenne 38 % de moins pour se chauffer. C'est le travail discret de notre fondation depuis 2021, et j'en suis plus fière que de bien des contrats.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994114110414837855"
          ],
          "editableUntil" : "2025-11-27T19:10:27.428Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "École supérieure d’énergétique de Lyon",
            "screen_name" : "ESEL_Lyon",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "9626488753",
            "id" : "9626488753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1994114110414837855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994114110414837855",
      "created_at" : "Thu Nov 27 18:40:27 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ESEL_Lyon: Nos élèves de 2e année en visite dans une usine de pompes à chaleur : « On ne savait pas qu’une PAC pouvait faire la taille…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993570633196207873"
          ],
          "editableUntil" : "2025-11-26T07:10:52.362Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "15",
      "id_str" : "1993570633196207873",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993570633196207873",
      "created_at" : "Wed Nov 26 06:40:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Réunion de 7h avec l’équipe de Douai en visio. Un chef d’équipe m’a dit : « Arrêtez de nous remercier et donnez-nous un deuxième chariot élévateur. » Il l’aura. Les remerciements ne soulèvent pas les palettes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993386892090555555"
          ],
          "editableUntil" : "2025-11-25T19:00:45.068Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "101",
      "id_str" : "1993386892090555555",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1993386892090555555",
      "created_at" : "Tue Nov 25 18:30:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Aujourd’hui j’ai fait mon duo-day avec Bastien, qui cherche sa voie dans la maintenance. Il a réglé un variateur plus vite que moi, et il m’a surtout appris à expliquer les choses sans jargon. Merci Bastien.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993384311866930645"
          ],
          "editableUntil" : "2025-11-25T18:50:29.895Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1993353861220280750",
      "id_str" : "1993384311866930645",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993384311866930645",
      "in_reply_to_status_id" : "1993353861220280750",
      "created_at" : "Tue Nov 25 18:20:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon Non, nous ne fermons aucun site. Je l’ai dit aux équipes de Douai la semaine dernière et je le redis ici.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993039646429294771"
          ],
          "editableUntil" : "2025-11-24T20:00:55.251Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico F.",
            "screen_name" : "nico_maint69",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1228239628580366224",
            "id" : "1228239628580366224"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "25",
      "in_reply_to_status_id_str" : "1993031341708073818",
      "id_str" : "1993039646429294771",
      "in_reply_to_user_id" : "1228239628580366224",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1993039646429294771",
      "in_reply_to_status_id" : "1993031341708073818",
      "created_at" : "Mon Nov 24 19:30:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@nico_maint69 Merci pour le signalement. Le problème des pièces détachées en retard est connu, et je ne vais pas vous dire que c’est réglé. On y travaille avec les achats, et je ferai un point ici en janvier.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "nico_maint69",
      "in_reply_to_user_id_str" : "1228239628580366224"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992635673757945099"
          ],
          "editableUntil" : "2025-11-23T17:15:40.661Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "112",
      "id_str" : "1992635673757945099",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "1992635673757945099",
      "created_at" : "Sun Nov 23 16:45:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Dimanche, j’ai lu un article qui disait qu’un PDG ne devrait jamais tweeter lui-même. Je comprends l’argument. Mais alors qui répondrait au technicien qui m’écrit à 22h parce qu’il a une idée ? Pas un service de communication.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992174987510481456"
          ],
          "editableUntil" : "2025-11-22T10:45:04.500Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "195",
      "id_str" : "1992174987510481456",
      "truncated" : false,
      "retweet_count" : "50",
      "id" : "1992174987510481456",
      "created_at" : "Sat Nov 22 10:15:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Samedi matin au marché de la Croix-Rousse. Un maraîcher me demande ce que je fais. « Des pompes à chaleur pour les usines. » Réponse : « Ah, c’est vous qui chauffez les yaourts ? » Pas faux 😄",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991756055225157287"
          ],
          "editableUntil" : "2025-11-21T07:00:23.260Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Lecture",
            "indices" : [
              "212",
              "220"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "220"
      ],
      "favorite_count" : "218",
      "id_str" : "1991756055225157287",
      "truncated" : false,
      "retweet_count" : "64",
      "id" : "1991756055225157287",
      "created_at" : "Fri Nov 21 06:30:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Lu cette semaine : « L’Atelier et le Tableur » de Jeanne Morvan. Un livre court et juste sur ce qui se perd quand on pilote une usine depuis un écran. À offrir à tous les contrôleurs de gestion (avec affection). #Lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991445871552266482"
          ],
          "editableUntil" : "2025-11-20T10:27:49.710Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Papeteries de Valcourt",
            "screen_name" : "PapValcourt",
            "indices" : [
              "25",
              "37"
            ],
            "id_str" : "1411906835264930947",
            "id" : "1411906835264930947"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "26",
      "id_str" : "1991445871552266482",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1991445871552266482",
      "created_at" : "Thu Nov 20 09:57:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Très fière d’accompagner @PapValcourt dans la récupération de la chaleur fatale de leur site d’Ambert : 18 GWh par an réinjectés dans le process et 4 200 tonnes de CO2 évitées chaque année. Bravo aux équipes !",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991250181276400560"
          ],
          "editableUntil" : "2025-11-19T21:30:13.512Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PME",
            "indices" : [
              "215",
              "219"
            ]
          },
          {
            "text" : "Simplification",
            "indices" : [
              "220",
              "235"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/q9yNlcatO0",
            "expanded_url" : "https://www.helvion.fr/le-mot-de-la-pdg/simplifier-les-aides?utm_source=twitter&utm_medium=social",
            "display_url" : "helvion.fr/le-mot-de-la-pd…",
            "indices" : [
              "236",
              "259"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "259"
      ],
      "favorite_count" : "169",
      "id_str" : "1991250181276400560",
      "truncated" : false,
      "retweet_count" : "45",
      "id" : "1991250181276400560",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 19 21:00:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Dîner avec des patrons de PME de la Loire. Tous veulent décarboner. Aucun n’a le temps de monter un dossier d’aide de 80 pages. Le vrai problème de la transition énergétique, c’est la paperasse, pas la technologie. #PME #Simplification https://t.co/q9yNlcatO0",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990845000272549897"
          ],
          "editableUntil" : "2025-11-18T18:40:10.833Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "80",
      "id_str" : "1990845000272549897",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1990845000272549897",
      "created_at" : "Tue Nov 18 18:10:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Longue journée au salon de l’efficacité industrielle. J’ai passé plus de temps à écouter qu’à parler : trois clients m’ont dit la même chose, « on veut décarboner mais on ne peut pas arrêter la production ». C’est notre cahier des charges.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990656335752215461"
          ],
          "editableUntil" : "2025-11-18T06:10:29.706Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "78",
      "id_str" : "1990656335752215461",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1990656335752215461",
      "created_at" : "Tue Nov 18 05:40:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Gare de Lyon, 6h40. Je lis les retours clients de la semaine. Le plus fréquent : « technicien compétent mais pas prévenu du problème avant d’arriver ». Ce n’est pas un problème de technicien, c’est un problème d’information. Pour nous, donc.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990305187108626141"
          ],
          "editableUntil" : "2025-11-17T06:55:09.345Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Industrie",
            "indices" : [
              "214",
              "224"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "154",
      "id_str" : "1990305187108626141",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "1990305187108626141",
      "created_at" : "Mon Nov 17 06:25:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Pour ceux qui pensent que l’industrie est un secteur du passé : la moyenne d’âge de nos chargés d’affaires recrutés cette année est de 29 ans. Et ils ont choisi l’industrie, souvent contre l’avis de leurs parents. #Industrie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990135398750641607"
          ],
          "editableUntil" : "2025-11-16T19:40:28.646Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1990117782672695758",
      "id_str" : "1990135398750641607",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1990135398750641607",
      "in_reply_to_status_id" : "1990117782672695758",
      "created_at" : "Sun Nov 16 19:10:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@juliette_thermo Oui, on publiera un retour d’expérience détaillé, y compris sur ce qui n’a pas marché. Les échecs techniques sont des données comme les autres.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989634574436114288"
          ],
          "editableUntil" : "2025-11-15T10:30:22.825Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "17",
      "id_str" : "1989634574436114288",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989634574436114288",
      "created_at" : "Sat Nov 15 10:00:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Samedi au salon du livre de Villeurbanne. Je suis repartie avec un roman sur une fonderie des Vosges et un livre pour enfants sur les volcans. Mon fils trouve que c’est « un peu la même chose ». Pas faux, thermiquement.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989390587039063683"
          ],
          "editableUntil" : "2025-11-14T18:20:51.696Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marc-Olivier Jaouen",
            "screen_name" : "mo_jaouen_pme",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1818173373414400303",
            "id" : "1818173373414400303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "29",
      "in_reply_to_status_id_str" : "1989251671688641570",
      "id_str" : "1989390587039063683",
      "in_reply_to_user_id" : "1818173373414400303",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989390587039063683",
      "in_reply_to_status_id" : "1989251671688641570",
      "created_at" : "Fri Nov 14 17:50:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@mo_jaouen_pme Très d’accord. Le problème n’est pas la technologie, c’est le financement des 3 premières années. Les contrats de performance sont une partie de la réponse.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "mo_jaouen_pme",
      "in_reply_to_user_id_str" : "1818173373414400303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988852385738774333"
          ],
          "editableUntil" : "2025-11-13T06:42:14.507Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ChaleurUtile",
            "indices" : [
              "199",
              "212"
            ]
          },
          {
            "text" : "Souveraineté",
            "indices" : [
              "213",
              "226"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "258",
      "id_str" : "1988852385738774333",
      "truncated" : false,
      "retweet_count" : "40",
      "id" : "1988852385738774333",
      "created_at" : "Thu Nov 13 06:12:14 +0000 2025",
      "favorited" : false,
      "full_text" : "On parle beaucoup de souveraineté énergétique. Elle commence dans les chaufferies des usines : chaque mégawattheure de gaz qu’on remplace par de la chaleur récupérée, c’est de l’indépendance gagnée. #ChaleurUtile #Souveraineté",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988545022033469049"
          ],
          "editableUntil" : "2025-11-12T10:20:53.289Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Thermaplak Engineering",
            "screen_name" : "Thermaplak_BE",
            "indices" : [
              "38",
              "52"
            ],
            "id_str" : "1757263830953328301",
            "id" : "1757263830953328301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "76",
      "id_str" : "1988545022033469049",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1988545022033469049",
      "created_at" : "Wed Nov 12 09:50:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Bienvenue aux 180 femmes et hommes de @Thermaplak_BE ! Leur savoir-faire sur les échangeurs à plaques va nous faire grandir en Belgique et aux Pays-Bas. Hâte d'aller à Liège vous rencontrer 🇧🇪🇫🇷",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988298328073471445"
          ],
          "editableUntil" : "2025-11-11T18:00:36.866Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Onboarding",
            "indices" : [
              "208",
              "219"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "108",
      "id_str" : "1988298328073471445",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "1988298328073471445",
      "created_at" : "Tue Nov 11 17:30:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Ce soir, relu la lettre de démission d’un jeune ingénieur parti l’an dernier. Il écrivait : « Je n’ai jamais su à quoi servait mon travail. » On a changé nos intégrations depuis. Je la garde dans mon tiroir. #Onboarding",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987810111256688248"
          ],
          "editableUntil" : "2025-11-10T09:40:36.906Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion Services",
            "screen_name" : "HelvionServices",
            "indices" : [
              "165",
              "181"
            ],
            "id_str" : "6889416214",
            "id" : "6889416214"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "30",
      "id_str" : "1987810111256688248",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1987810111256688248",
      "created_at" : "Mon Nov 10 09:10:36 +0000 2025",
      "favorited" : false,
      "full_text" : "📍 Nouvelle agence Hélvion Services à Rennes ! 14 techniciens pour accompagner les industriels et collectivités bretons dans leurs projets d’efficacité énergétique 🙌 @HelvionServices",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987452722337191086"
          ],
          "editableUntil" : "2025-11-09T10:00:28.748Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "87",
      "id_str" : "1987452722337191086",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1987452722337191086",
      "created_at" : "Sun Nov 09 09:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Sortie vélo dans les monts du Lyonnais ce matin, 62 km, brouillard à couper au couteau. Meilleur moment de la semaine pour penser à rien 🚴‍♀️",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987077710787955917"
          ],
          "editableUntil" : "2025-11-08T09:10:19.027Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "62",
      "id_str" : "1987077710787955917",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1987077710787955917",
      "created_at" : "Sat Nov 08 08:40:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Je recommande à tous les dirigeants une demi-journée par mois sans agenda, dans un atelier, un dépôt ou une agence. Pas pour inspecter. Pour être disponible. Les vraies questions arrivent à la 3e heure.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986762777235047408"
          ],
          "editableUntil" : "2025-11-07T12:18:53.017Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Management",
            "indices" : [
              "178",
              "189"
            ]
          },
          {
            "text" : "Industrie",
            "indices" : [
              "190",
              "200"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "144",
      "id_str" : "1986762777235047408",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1986762777235047408",
      "created_at" : "Fri Nov 07 11:48:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Déjeuner avec six jeunes ingénieurs arrivés en septembre. Leur première question : « Est-ce qu'on pourra changer de métier dans le groupe ? » Oui. Et c'est même ce que j'espère. #Management #Industrie",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986529138109330574"
          ],
          "editableUntil" : "2025-11-06T20:50:29.108Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pierre Baudry",
            "screen_name" : "pbaudry_lyon",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3496632418",
            "id" : "3496632418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "32",
      "in_reply_to_status_id_str" : "1986500449067989505",
      "id_str" : "1986529138109330574",
      "in_reply_to_user_id" : "3496632418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986529138109330574",
      "in_reply_to_status_id" : "1986500449067989505",
      "created_at" : "Thu Nov 06 20:20:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@pbaudry_lyon C’est une vraie question. Les PAC ne sont pas magiques : mal dimensionnées, elles déçoivent. C’est pour ça que je préfère qu’on vende moins mais qu’on vende juste.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "pbaudry_lyon",
      "in_reply_to_user_id_str" : "3496632418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986150498675750838"
          ],
          "editableUntil" : "2025-11-05T19:45:54.433Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "80",
      "id_str" : "1986150498675750838",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1986150498675750838",
      "created_at" : "Wed Nov 05 19:15:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Ce que je retiens de la journée analystes : personne ne m’a demandé combien nous allions embaucher. Tout le monde m’a demandé si nous trouverions les gens. C’est LA question de l’industrie française.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985963453500631914"
          ],
          "editableUntil" : "2025-11-05T07:22:39.388Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hélvion",
            "screen_name" : "Helvion_Groupe",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "2871069145",
            "id" : "2871069145"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1985963453500631914",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985963453500631914",
      "created_at" : "Wed Nov 05 06:52:39 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @Helvion_Groupe: 📊 Chiffre d’affaires à fin septembre 2025 : 1,36 Md€, en hausse de +6,4 % à périmètre comparable. Portée par les servic…",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985801940498913234"
          ],
          "editableUntil" : "2025-11-04T20:40:51.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Juliette Kerouan",
            "screen_name" : "juliette_thermo",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "5889857719",
            "id" : "5889857719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "34",
      "in_reply_to_status_id_str" : "1985777277988450411",
      "id_str" : "1985801940498913234",
      "in_reply_to_user_id" : "5889857719",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1985801940498913234",
      "in_reply_to_status_id" : "1985777277988450411",
      "created_at" : "Tue Nov 04 20:10:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@juliette_thermo Merci pour ce retour très juste. Oui, la PAC haute température a encore un problème de coût d’entrée, mais sur 10 ans le calcul change complètement. On en reparle volontiers.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "juliette_thermo",
      "in_reply_to_user_id_str" : "5889857719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985586678090252221"
          ],
          "editableUntil" : "2025-11-04T06:25:29.130Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "57",
      "id_str" : "1985586678090252221",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1985586678090252221",
      "created_at" : "Tue Nov 04 05:55:29 +0000 2025",
      "favorited" : false,
      "full_text" : "On me demande souvent quel est le KPI que je regarde en premier le lundi. Ce n’est pas le chiffre d’affaires. C’est le nombre de presque-accidents déclarés. Quand il baisse, je m’inquiète : ça veut dire qu’on ne les déclare plus.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985226826067882494"
          ],
          "editableUntil" : "2025-11-03T06:35:33.722Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "169",
      "id_str" : "1985226826067882494",
      "truncated" : false,
      "retweet_count" : "49",
      "id" : "1985226826067882494",
      "created_at" : "Mon Nov 03 06:05:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Lundi matin, gare de la Part-Dieu, TGV de 6h34. Le meilleur bureau de France pour lire les remontées terrain sans être dérangée ☕",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985054882704481226"
          ],
          "editableUntil" : "2025-11-02T19:12:19.230Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Management",
            "indices" : [
              "219",
              "230"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "230"
      ],
      "favorite_count" : "40",
      "id_str" : "1985054882704481226",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1985054882704481226",
      "created_at" : "Sun Nov 02 18:42:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Dimanche soir, je relis mes notes de la semaine. Une phrase d’un chef d’équipe à Roanne revient : « Ici, on ne vous demande pas de comprendre nos machines, on vous demande de comprendre nos contraintes. » Tout est dit. #Management",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984549732558788986"
          ],
          "editableUntil" : "2025-11-01T09:45:02.050Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "77",
      "id_str" : "1984549732558788986",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1984549732558788986",
      "created_at" : "Sat Nov 01 09:15:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Toussaint. Je passe chaque année au cimetière de Vienne voir la tombe de mon père, chaudronnier. Il aurait trouvé ce que je fais « bien compliqué pour faire chauffer de l’eau ». Il aurait eu raison.",
      "lang" : "fr"
    }
  }
]