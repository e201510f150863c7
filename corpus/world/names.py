"""Name pools reflecting London's population, with nicknames and street aliases.

Each :class:`NamePool` is one background (``"english"``, ``"nigerian_yoruba"``, ...)
with ordinary given names by sex and common surnames. ``weight`` is a rough share of
London's population, used only as a relative sampling weight. The names are common
ones; none is meant to point at a real or famous person, and ``corpus.world.people``
additionally refuses any full name that appears in the project's real data.

Spelling: ASCII plus the usual Latin diacritics where the community would write them
(Polish, Romanian, Turkish, Lithuanian, Portuguese, Spanish, French). Each name is in
one form only: ``"Łukasz"``, never also ``"Lukasz"``.

Background keys are matched by substring in ``corpus.world.people`` to derive an
ethnicity label, so the Irish Traveller pool is keyed ``"traveller"`` (a key containing
``"irish"`` would be labelled White Irish).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NamePool:
    background: str
    male: tuple[str, ...]  # given names, >= 20
    female: tuple[str, ...]  # given names, >= 20
    surnames: tuple[str, ...]  # >= 30
    weight: float  # rough share of London population; relative weight only


def _t(items: str) -> tuple[str, ...]:
    """Split a comma-separated list into a tuple of stripped, non-empty items."""
    return tuple(item.strip() for item in items.split(",") if item.strip())


def _pool(background: str, weight: float, male: str, female: str, surnames: str) -> NamePool:
    return NamePool(background, _t(male), _t(female), _t(surnames), weight)


POOLS: tuple[NamePool, ...] = (
    _pool(
        "english",
        30.0,
        "Oliver, Jack, Harry, George, Thomas, James, William, Daniel, Samuel, Joseph, Michael, David, "
        "Paul, Mark, Richard, Peter, Stephen, Christopher, Robert, Andrew, Matthew, Anthony, Gary, Lee, "
        "Darren, Craig, Terence, Keith, Kevin, Ronald, Alan, Brian, Graham, Nicholas, Benjamin, Edward, "
        "Charles, Ryan, Liam, Dean",
        "Olivia, Amelia, Emily, Charlotte, Sophie, Jessica, Hannah, Lucy, Rebecca, Sarah, Emma, Claire, "
        "Michelle, Karen, Susan, Margaret, Patricia, Janet, Julie, Tracey, Donna, Kelly, Jennifer, "
        "Elizabeth, Katherine, Victoria, Natalie, Gemma, Joanne, Lisa, Pauline, Jean, Sandra, Deborah",
        "Smith, Jones, Taylor, Brown, Wilson, Johnson, Walker, Wright, Robinson, Thompson, White, Hughes, "
        "Edwards, Green, Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke, Turner, Hill, Scott, Cooper, "
        "Morris, Ward, Moore, King, Watson, Baker, Harrison, Young, Allen, Mitchell, Bennett, Parker, "
        "Cook, Shaw, Bailey, Chapman, Marshall, Hunt, Ellis, Webb, Palmer, Barker, Fletcher, Pearce, "
        "Holmes, Dixon, Mason, Rogers, Hayes, Fisher, Burton",
    ),
    _pool(
        "irish",
        3.0,
        "Sean, Patrick, Declan, Ciaran, Conor, Eoin, Niall, Padraig, Cathal, Darragh, Oisin, Cillian, "
        "Diarmuid, Fergal, Donal, Eamon, Kieran, Brendan, Colm, Ronan, Aidan, Seamus, Dermot, Fintan, "
        "Tadhg, Gerard",
        "Siobhan, Aoife, Niamh, Orla, Roisin, Sinead, Ciara, Caoimhe, Grainne, Mairead, Aisling, Clodagh, "
        "Eimear, Deirdre, Bridget, Maeve, Nuala, Fionnuala, Saoirse, Una, Sorcha, Mary, Noreen, Colette",
        "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, "
        "McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, McLoughlin, Carroll, Connolly, "
        "Daly, O'Connell, Whelan, Brennan, Burke, Fitzgerald, Dunne, Regan, Keane, Flanagan, Hegarty, "
        "Kavanagh, Maguire, Nolan, Power, Sheehan, Sweeney, Donnelly, Farrell, Duffy, Boyle",
    ),
    _pool(
        "scottish",
        1.5,
        "Alasdair, Angus, Callum, Craig, Duncan, Euan, Fraser, Gordon, Graeme, Hamish, Iain, Jamie, "
        "Kenneth, Lachlan, Malcolm, Murdo, Neil, Ross, Stuart, Fergus, Gregor, Douglas, Finlay, Alistair",
        "Ailsa, Catriona, Eilidh, Fiona, Isla, Kirsty, Morag, Moira, Mhairi, Shona, Elspeth, Iona, Lorna, "
        "Rhona, Heather, Carol, Jacqueline, Agnes, Marion, Janice, Aileen, Alison",
        "MacDonald, Campbell, Stewart, Robertson, Thomson, Anderson, Reid, MacLeod, Ross, Paterson, Fraser, "
        "Murray, Cameron, Henderson, Hamilton, Graham, Kerr, Mackenzie, Grant, Ferguson, McIntyre, "
        "Sinclair, Munro, Gillespie, Drummond, Buchanan, Cunningham, Docherty, McKay, Baird, Sutherland, "
        "Johnstone, Lindsay, Crawford, Boyd",
    ),
    _pool(
        "welsh",
        1.0,
        "Rhys, Dafydd, Gareth, Huw, Iwan, Owain, Gethin, Dylan, Aled, Bryn, Emyr, Geraint, Ieuan, Llyr, "
        "Meirion, Rhodri, Sion, Tomos, Trystan, Wyn, Cai, Osian, Elis, Hywel, Gwilym, Alun",
        "Angharad, Bethan, Carys, Cerys, Ceri, Delyth, Eleri, Ffion, Gwen, Gwenllian, Heledd, Lowri, Mari, "
        "Megan, Nia, Rhian, Rhiannon, Sian, Siwan, Tegan, Catrin, Elin, Manon, Nerys, Glenys, Menna",
        "Jones, Williams, Davies, Evans, Thomas, Roberts, Lewis, Hughes, Morgan, Griffiths, Edwards, Owen, "
        "Price, Jenkins, Lloyd, Powell, Phillips, Rees, Pritchard, Parry, Pugh, Vaughan, Bowen, Howells, "
        "Prosser, Llewellyn, Protheroe, Bevan, Gwynne, Meredith, Rowlands, Probert, Watkins, Humphreys",
    ),
    _pool(
        "jamaican_caribbean",
        4.0,
        "Delroy, Winston, Errol, Leroy, Clinton, Desmond, Everton, Carlton, Lloyd, Marcus, Tyrone, Andre, "
        "Jermaine, Dwayne, Shane, Kemar, Romario, Kareem, Leon, Dexter, Neville, Wayne, Courtney, Orville, "
        "Omari, Tafari, Jamal, Rohan, Devon",
        "Marcia, Beverley, Paulette, Yvonne, Sonia, Hyacinth, Claudette, Pearline, Jasmine, Shanice, "
        "Tanisha, Keisha, Chantelle, Natasha, Monique, Simone, Latoya, Kerry-Ann, Shereen, Andrea, Tiana, "
        "Jada, Alicia, Nadine, Carlene, Marlene, Ingrid, Gloria",
        "Campbell, Brown, Williams, Clarke, Thompson, Reid, Morgan, Francis, Grant, Bailey, Henry, Edwards, "
        "Gordon, Lewis, Stewart, Robinson, Powell, Walters, Anderson, Spence, McKenzie, Samuels, Forbes, "
        "Bryan, Simpson, Douglas, Wallace, Gayle, Ellis, Barrett, Hamilton, Chambers, Blake, Beckford, "
        "Facey, Lindo, Rowe, Plummer, Ricketts",
    ),
    _pool(
        "nigerian_yoruba",
        2.0,
        "Oluwaseun, Olumide, Adewale, Babatunde, Oluwatobi, Ayodele, Femi, Tunde, Kayode, Segun, Olusegun, "
        "Adebayo, Abiodun, Gbenga, Damilola, Temitope, Kehinde, Taiwo, Oluwafemi, Akinwale, Dapo, Bolaji, "
        "Rotimi, Lanre, Jide",
        "Folasade, Funmilayo, Omolara, Yetunde, Adenike, Abimbola, Bukola, Titilayo, Oluwakemi, Kemi, "
        "Modupe, Morenike, Olufunke, Adeola, Oyinkansola, Toyin, Bisi, Ronke, Iyabo, Simisola, Ayomide, "
        "Bolanle, Yewande, Omotola",
        "Adeyemi, Ogunleye, Adebayo, Oladipo, Ogunbiyi, Akinola, Afolabi, Bankole, Olawale, Ogunlana, "
        "Oyelaran, Adeleke, Balogun, Ojo, Oyewole, Adegoke, Olatunji, Fashola, Ogundipe, Adesanya, Akande, "
        "Akinyemi, Okunola, Oyedele, Adeniyi, Alabi, Ajayi, Oladele, Famuyiwa, Osinowo, Popoola, Salako, "
        "Sowemimo, Coker",
    ),
    _pool(
        "nigerian_igbo",
        1.5,
        "Chukwuemeka, Emeka, Chinedu, Obinna, Ikenna, Nnamdi, Chidi, Uchenna, Kelechi, Chibuzor, Ifeanyi, "
        "Chukwudi, Ebuka, Tochukwu, Okechukwu, Onyekachi, Chijioke, Nnaemeka, Chima, Uzoma, Ekene, "
        "Obiora, Kenechukwu, Chigozie",
        "Chiamaka, Ngozi, Adaeze, Chioma, Nneka, Ifeoma, Amarachi, Chinwe, Obioma, Ujunwa, Chidinma, "
        "Nkechi, Uchechi, Ogechi, Ebere, Chinyere, Onyinye, Adaora, Chisom, Nkiru, Ezinne, Ifunanya, "
        "Oluchi, Amaka",
        "Okafor, Okonkwo, Nwosu, Eze, Obi, Okeke, Nwankwo, Okoro, Chukwu, Nwachukwu, Onyeka, Anyanwu, "
        "Ibe, Nnadi, Nwafor, Okoye, Okwu, Ugwu, Anozie, Ekwueme, Igwe, Iwu, Nweke, Ogbu, Okolie, Onwuka, "
        "Udeh, Mbah, Nwaogu, Ezenwa, Madu, Obasi, Ogbonna",
    ),
    _pool(
        "ghanaian",
        1.2,
        "Kwame, Kwabena, Kofi, Kwaku, Yaw, Kwasi, Kojo, Ebo, Nana, Emmanuel, Isaac, Ebenezer, Prince, "
        "Richmond, Nii, Fiifi, Selasi, Edem, Elikem, Kweku, Francis, Solomon, Godfred, Bernard",
        "Ama, Akosua, Abena, Adwoa, Afua, Yaa, Akua, Efua, Esi, Araba, Maame, Naa, Dede, Adjeley, Mercy, "
        "Gifty, Comfort, Abigail, Priscilla, Dorcas, Vida, Patience, Grace, Felicia, Selina, Eunice",
        "Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Amoah, Acheampong, Ofori, Adjei, Darko, "
        "Frimpong, Gyamfi, Ansah, Antwi, Asamoah, Bonsu, Danquah, Addo, Quaye, Tetteh, Lamptey, Quartey, "
        "Sarpong, Opoku, Nkansah, Amponsah, Oduro, Yeboah, Badu, Donkor, Fosu",
    ),
    _pool(
        "somali",
        1.0,
        "Abdirahman, Abdullahi, Mohamed, Ahmed, Hassan, Abdi, Yusuf, Ali, Omar, Ibrahim, Abdikadir, "
        "Abdiaziz, Mahad, Liban, Farah, Warsame, Jama, Guled, Hamza, Mustafe, Bashir, Khalid, Abdiwali, "
        "Said, Awil, Osman",
        "Fadumo, Hodan, Sahra, Amina, Halima, Hibo, Ifrah, Ayan, Filsan, Ikran, Nasra, Sagal, Ubah, Deeqa, "
        "Hamdi, Asha, Khadra, Fartun, Hawa, Maryan, Nimco, Sucaad, Idil, Muna, Anisa",
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Farah, Hussein, Osman, Warsame, Jama, Yusuf, Omar, Ibrahim, "
        "Aden, Nur, Hersi, Abdullahi, Abdille, Duale, Elmi, Gedi, Guled, Haji, Isse, Mohamud, Mire, Muse, "
        "Noor, Roble, Samatar, Shire, Warfa, Yasin, Dirie",
    ),
    _pool(
        "eritrean",
        0.3,
        "Yonas, Tesfay, Dawit, Filmon, Mehari, Habtom, Yohannes, Tekle, Berhane, Kibrom, Mebrahtu, Semere, "
        "Aron, Biniam, Henok, Natnael, Robel, Yemane, Awet, Amanuel, Goitom, Futsum, Medhanie, Ermias, "
        "Merhawi",
        "Helen, Senait, Luwam, Saba, Selam, Freweini, Winta, Rahwa, Hiwet, Tsega, Mebrat, Yordanos, Feven, "
        "Ruta, Eden, Abeba, Almaz, Nebiat, Semhar, Danait, Eyerusalem, Tsigereda, Mehret",
        "Tesfamariam, Tesfay, Gebremariam, Gebremedhin, Haile, Berhe, Ghebreyesus, Kidane, Mehari, Tekle, "
        "Woldemichael, Weldu, Abraha, Andemariam, Asmerom, Bereket, Ghirmay, Habte, Kahsay, Mebrahtu, "
        "Negash, Okbamichael, Russom, Semere, Tesfazion, Tewolde, Woldu, Yemane, Zerai, Fisseha, Measho, "
        "Hagos, Ghebre",
    ),
    _pool(
        "ethiopian",
        0.3,
        "Abebe, Bekele, Dawit, Tewodros, Yonatan, Mulugeta, Getachew, Girma, Solomon, Tadesse, Alemayehu, "
        "Kebede, Mesfin, Biruk, Dereje, Eyob, Fikru, Haile, Kidus, Nahom, Tesfaye, Yared, Abel, Elias, "
        "Samson, Wondwossen",
        "Tigist, Meron, Hirut, Bethlehem, Mekdes, Selamawit, Tsion, Hanna, Rahel, Sara, Lidya, Aster, "
        "Genet, Alem, Birtukan, Etenesh, Fikirte, Kidist, Mahlet, Meseret, Tirunesh, Yeshi, Zewditu, "
        "Martha, Hiwot, Seble",
        "Tadesse, Bekele, Kebede, Mengistu, Alemu, Assefa, Ayele, Desta, Gebre, Getachew, Girma, Haile, "
        "Lemma, Mekonnen, Mulugeta, Negussie, Tesfaye, Wolde, Worku, Yilma, Zewde, Abate, Abebe, Bogale, "
        "Demissie, Fikre, Gashaw, Hailu, Kassa, Tefera, Wondimu, Yohannes, Shiferaw, Teshome",
    ),
    _pool(
        "indian_punjabi_sikh",
        1.5,
        "Gurpreet, Harpreet, Manjit, Jaswinder, Kuldip, Sukhwinder, Balwinder, Hardeep, Jagdeep, Rajinder, "
        "Amarjit, Paramjit, Gurdeep, Davinder, Inderjit, Karamjit, Kulwant, Lakhbir, Navdeep, Ranjit, "
        "Satnam, Sukhdev, Tarlochan, Gurinder, Harjit",
        "Simran, Jaspreet, Harleen, Gurleen, Parminder, Kulwinder, Rupinder, Amandeep, Baljit, Charanjit, "
        "Daljit, Gurmeet, Harinder, Jasvir, Kamaljit, Kiranjit, Mandeep, Navneet, Rajvinder, Sarbjit, "
        "Sukhpreet, Surinder, Pritam, Rajwant, Jasleen",
        "Singh, Kaur, Sandhu, Gill, Dhillon, Sidhu, Grewal, Bains, Johal, Sangha, Atwal, Bhogal, Chahal, "
        "Dhaliwal, Garcha, Hayer, Kalsi, Kang, Mann, Nijjar, Rai, Sahota, Sekhon, Thind, Toor, Virdi, "
        "Bassi, Bhamra, Chana, Hundal, Jandu, Mattu, Purewal, Sohal, Uppal",
    ),
    _pool(
        "indian_gujarati",
        2.0,
        "Rajesh, Mahesh, Nilesh, Hitesh, Paresh, Jayesh, Dilip, Bharat, Pravin, Sanjay, Ketan, Kishore, "
        "Vipul, Chirag, Jignesh, Mehul, Nikhil, Rakesh, Suresh, Haresh, Dinesh, Ramesh, Manish, Ashwin, "
        "Kalpesh, Bhavesh",
        "Hetal, Jyoti, Nisha, Priya, Bhavna, Daxa, Hansa, Kokila, Manisha, Nita, Pushpa, Rekha, Sangita, "
        "Sunita, Usha, Vandana, Jayshree, Kajal, Dipika, Mina, Falguni, Ila, Kinjal, Rupal, Shilpa, Tejal",
        "Patel, Shah, Mistry, Parmar, Chauhan, Solanki, Desai, Joshi, Mehta, Thakkar, Pandya, Modi, Vyas, "
        "Bhatt, Trivedi, Amin, Parekh, Kotecha, Lakhani, Raja, Dattani, Chudasama, Gohil, Jadeja, Makwana, "
        "Rathod, Vaghela, Panchal, Soni, Tailor, Vekaria, Ruparelia, Sheth, Majithia, Gajjar",
    ),
    _pool(
        "indian_tamil",
        1.0,
        "Arun, Karthik, Senthil, Murugan, Ganesh, Vijay, Prakash, Sivakumar, Balaji, Dinesh, Rajan, "
        "Saravanan, Selvam, Anand, Ashok, Mohan, Raghavan, Sathish, Venkatesh, Vignesh, Lokesh, Prabhu, "
        "Aravind, Muthu",
        "Lakshmi, Meena, Kavitha, Priya, Deepa, Divya, Geetha, Janani, Kalpana, Malathi, Nandini, Padma, "
        "Revathi, Sangeetha, Shanthi, Sudha, Uma, Vasanthi, Vidya, Anitha, Bhavani, Gowri, Indira, "
        "Jayanthi, Kamala, Saranya",
        "Subramaniam, Krishnan, Raman, Natarajan, Murugesan, Pillai, Iyer, Venkataraman, Balasubramaniam, "
        "Chandrasekaran, Ganesan, Govindasamy, Kannan, Kumaran, Mani, Nadarajah, Narayanan, Palaniappan, "
        "Ramasamy, Ravichandran, Sampath, Selvaraj, Shanmugam, Sivaraman, Srinivasan, Sundaram, "
        "Thangaraj, Velu, Vijayakumar, Arumugam, Chelliah, Annamalai",
    ),
    _pool(
        "pakistani",
        2.5,
        "Muhammad, Imran, Asif, Tariq, Khalid, Faisal, Zubair, Adnan, Kamran, Shahid, Waqas, Usman, Bilal, "
        "Hamza, Zain, Amir, Naveed, Sajid, Tahir, Zeeshan, Irfan, Javed, Nadeem, Rizwan, Saqib, Yasir, "
        "Arslan, Haroon",
        "Ayesha, Fatima, Sana, Saima, Nadia, Shazia, Rubina, Nasreen, Samina, Farah, Hina, Mehwish, Sadia, "
        "Zainab, Bushra, Rabia, Sidra, Uzma, Amna, Iqra, Mariam, Naila, Shabana, Tahira, Kiran, Noreen",
        "Khan, Ahmad, Hussain, Ali, Iqbal, Akhtar, Mahmood, Rashid, Malik, Raja, Shah, Butt, Chaudhry, "
        "Qureshi, Aslam, Bashir, Javed, Mirza, Siddiqui, Sheikh, Anwar, Riaz, Saleem, Zaman, Abbasi, "
        "Awan, Bhatti, Dar, Farooq, Hanif, Latif, Nawaz, Rehman, Sadiq, Yousaf",
    ),
    _pool(
        "bangladeshi",
        3.0,
        "Abdul, Mohammed, Mizanur, Rafiqul, Aminul, Jamal, Kamal, Mahbub, Shafiq, Habib, Rashid, Ruhul, "
        "Shamsul, Nazrul, Anwar, Ashraf, Faruk, Jahangir, Monir, Sabbir, Saiful, Abu, Tanvir, Arif, "
        "Shakil, Rubel, Shohel",
        "Rahima, Nasima, Rokeya, Shirin, Sufia, Taslima, Jahanara, Runa, Shapla, Parveen, Rumana, Farzana, "
        "Nazma, Salma, Shamima, Sultana, Tahmina, Yasmin, Nurjahan, Afroza, Amina, Roksana, Sabina, "
        "Shahnaz, Fahmida",
        "Miah, Begum, Uddin, Ahmed, Rahman, Islam, Hossain, Ali, Khatun, Choudhury, Haque, Karim, Alam, "
        "Aziz, Bibi, Kabir, Khan, Mahmud, Mondal, Mollah, Hussain, Rashid, Sarkar, Sheikh, Talukdar, "
        "Akhter, Ullah, Nessa, Amin, Bhuiyan",
    ),
    _pool(
        "sri_lankan",
        0.8,
        "Nuwan, Chaminda, Sampath, Kasun, Dinesh, Ruwan, Pradeep, Saman, Nimal, Sunil, Lasantha, Tharindu, "
        "Chathura, Asanka, Roshan, Sujith, Thilina, Kumara, Upul, Dilshan, Janaka, Sanjeewa, Tharshan, "
        "Kajan, Niroshan",
        "Nilmini, Dilani, Chamari, Sanduni, Ishara, Nadeesha, Thilini, Kumari, Sanjeewani, Anusha, "
        "Dilrukshi, Hasini, Madhavi, Nirosha, Priyanka, Shirani, Sewwandi, Tharushi, Yamuna, Kalani, "
        "Tharsini, Thusyanthy, Luxmy, Nirmala, Vathsala",
        "Perera, Fernando, Silva, de Silva, Jayasinghe, Wickramasinghe, Gunawardena, Bandara, Dissanayake, "
        "Rathnayake, Herath, Wijesinghe, Ranasinghe, Karunaratne, Jayawardena, Gunasekara, Liyanage, "
        "Amarasinghe, Samarasinghe, Weerasinghe, Kumarasinghe, Mendis, Peiris, Abeysekara, Ekanayake, "
        "Kulatunga, Nanayakkara, Sivarajah, Thuraisingham, Ratnam, Sivalingam, Kanagaratnam",
    ),
    _pool(
        "chinese",
        1.5,
        "Wei, Jun, Ming, Hao, Jian, Lei, Tao, Yong, Qiang, Bin, Kai, Zhi, Peng, Gang, Feng, Liang, Bo, "
        "Cheng, Dong, Kwok-wai, Ka-ho, Wing-kin, Chi-keung, Siu-ming, Kin-man",
        "Mei, Li, Xiu, Ying, Yan, Hua, Lan, Jing, Fang, Xin, Na, Juan, Lili, Xiaoyan, Yuting, Wen, Qian, "
        "Min, Shu, Ting, Mei-ling, Siu-wah, Wai-ling, Ka-yan, Suk-yee, Lai-ming",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, "
        "Gao, Liang, Zheng, Xie, Tang, Han, Feng, Deng, Cao, Chan, Wong, Cheung, Lau, Ho, Leung, Lam, Ng, "
        "Tsang, Yip",
    ),
    _pool(
        "vietnamese",
        0.4,
        "Minh, Tuan, Hung, Dung, Thanh, Quang, Hieu, Long, Nam, Phong, Son, Trung, Vinh, Huy, Khanh, Bao, "
        "Duc, Hai, Kien, Luan, Nhat, Phuc, Tai, Thang, Toan, Viet",
        "Lan, Linh, Huong, Hoa, Mai, Thao, Trang, Ngoc, Phuong, Thuy, Hang, Nga, Hanh, Yen, Anh, Diep, "
        "Giang, Hien, Loan, Nhung, Oanh, Quynh, Tam, Uyen, Xuan",
        "Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly, Truong, "
        "Dinh, Lam, Mai, Trinh, Cao, Luong, Ta, Thai, Quach, Ha, Chau, La, Tang, Luu, Kieu, Doan, Dao",
    ),
    _pool(
        "filipino",
        0.6,
        "Jose, Juan, Mark, Jerome, Rodel, Rommel, Jericho, Ramil, Renato, Eduardo, Arnel, Joel, Edgardo, "
        "Danilo, Rolando, Noel, Ronaldo, Carlo, Christian, Reynaldo, Alvin, Randy, Jayson, Marlon, Nestor, "
        "Romeo, Wilfredo",
        "Maricel, Marites, Rowena, Jocelyn, Analyn, Rosalie, Cherry, Maribel, Lea, Angelica, Kristine, "
        "Divina, Rosario, Teresita, Marivic, Erlinda, Evangeline, Rhea, Joy, Lourdes, Carmelita, Melanie, "
        "Liza, Jennalyn",
        "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada, Castillo, Flores, "
        "Villanueva, Ramos, Castro, Rivera, Navarro, Salazar, Mercado, Aguilar, Dela Cruz, Del Rosario, "
        "Manalo, Pascual, Soriano, Dizon, Gonzales, Domingo, Valdez, Lopez, Tolentino, Macaraeg, Sison",
    ),
    _pool(
        "turkish",
        1.2,
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Serkan, Kemal, Erdem, "
        "Cem, Onur, Tolga, Volkan, Okan, Selim, Yusuf, Osman, Erkan, Fatih, Hakan, Kadir, Levent, Orhan",
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Özlem, Sibel, Derya, Gül, Hülya, Serap, Esra, "
        "Merve, Tuba, Aylin, Burcu, Ebru, Gamze, Nurten, Şule, Sevgi, Yasemin, Dilek, Filiz",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, "
        "Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Güneş, Aktaş, Bulut, "
        "Keskin, Ünal, Tekin, Turan, Uysal, Coşkun, Akın, Bozkurt",
    ),
    _pool(
        "kurdish",
        0.5,
        "Azad, Baran, Dilshad, Hawre, Karwan, Rebwar, Shwan, Sherzad, Hemin, Aram, Zana, Kawa, Dara, "
        "Rekan, Serdar, Welat, Rojhat, Berzan, Diyar, Hogir, Siyar, Zagros, Ciwan, Delil",
        "Berivan, Dilan, Jiyan, Nasrin, Rojin, Shilan, Viyan, Zozan, Avin, Bahar, Delal, Gulistan, Helin, "
        "Ronahi, Ruken, Zilan, Aveen, Shirin, Rezan, Berfin, Nazdar, Evin, Leyla",
        "Abdullah, Ahmadi, Aziz, Baban, Bakir, Dizayee, Hawrami, Jaf, Mahmoud, Mustafa, Rasul, Salih, "
        "Sindi, Zangana, Amedi, Berwari, Doski, Faraj, Hamad, Hussein, Kakai, Khoshnaw, Mirani, Omar, "
        "Qadir, Rahim, Sharif, Tahir, Yousif, Zebari, Haji",
    ),
    _pool(
        "greek_cypriot",
        0.8,
        "Andreas, Georgios, Christos, Costas, Demetris, Michalis, Nikos, Panayiotis, Savvas, Stelios, "
        "Yiannis, Kyriacos, Marios, Antonis, Loizos, Petros, Sotiris, Stavros, Theodoros, Vasilis, "
        "Charalambos, Neophytos, Pavlos, Photis, Lambros",
        "Maria, Eleni, Androulla, Despina, Georgia, Katerina, Christina, Panayiota, Stella, Anna, Elpida, "
        "Evangelia, Kyriaki, Niki, Theodora, Vasiliki, Xenia, Zoe, Anastasia, Chrystalla, Demetra, "
        "Eftychia, Irene, Loulla, Maroulla, Soulla",
        "Georgiou, Christodoulou, Demetriou, Ioannou, Constantinou, Charalambous, Nicolaou, Panayiotou, "
        "Michael, Savva, Kyriacou, Antoniou, Andreou, Hadjipavlou, Papadopoulos, Economou, Stylianou, "
        "Theodorou, Pavlou, Petrou, Stavrou, Christou, Loizou, Neophytou, Sotiriou, Vasiliou, Efthymiou, "
        "Hadjimichael, Zachariou, Kleanthous, Philippou, Anastasiou",
    ),
    _pool(
        "iranian",
        0.7,
        "Reza, Mohammad, Hossein, Mehdi, Amir, Hamid, Saeed, Dariush, Farhad, Behzad, Kaveh, Babak, Arash, "
        "Kourosh, Omid, Parviz, Payam, Ramin, Shahram, Sina, Siavash, Navid, Pouya, Majid, Nima, Kamran",
        "Maryam, Fatemeh, Zahra, Leila, Nasrin, Shirin, Parisa, Shabnam, Mahsa, Niloufar, Roya, Azadeh, "
        "Mina, Golnaz, Farnaz, Mitra, Neda, Shadi, Setareh, Soheila, Taraneh, Yasaman, Ladan, Mojgan, "
        "Bahareh, Fereshteh",
        "Ahmadi, Hosseini, Mohammadi, Rezaei, Karimi, Moradi, Jafari, Rahimi, Hashemi, Sadeghi, Mousavi, "
        "Ebrahimi, Ghorbani, Heidari, Kazemi, Amini, Shirazi, Tehrani, Esfahani, Najafi, Akbari, Nazari, "
        "Safavi, Farahani, Azizi, Bagheri, Daneshvar, Ghaffari, Khosravi, Mahdavi, Rostami, Sharifi, "
        "Yazdani, Zand",
    ),
    _pool(
        "arab",
        1.0,
        "Ahmad, Omar, Khaled, Mahmoud, Yousef, Tarek, Samir, Walid, Karim, Nabil, Hisham, Bassam, Rami, "
        "Fadi, Ziad, Wael, Majed, Anas, Hani, Amjad, Jamil, Mazen, Mustafa, Marwan, Sami",
        "Fatima, Aisha, Layla, Noor, Rana, Hala, Dina, Lina, Reem, Sara, Yasmin, Mariam, Rania, Samira, "
        "Huda, Nadia, Amal, Hanan, Iman, Jamila, Lubna, Manal, Salma, Suha, Wafa, Zeina",
        "Al-Ahmad, Haddad, Khalil, Hassan, Ibrahim, Saleh, Mansour, Nasser, Youssef, Abdallah, Al-Hashimi, "
        "Aziz, Barakat, Darwish, Farouk, Habib, Hamdan, Issa, Jaber, Kassem, Mahmoud, Najjar, Othman, "
        "Qasim, Rashid, Sabbagh, Shami, Suleiman, Taha, Zaki, Awad, Khoury, Nassar, Al-Masri",
    ),
    _pool(
        "afghan",
        0.5,
        "Ahmad, Abdul, Mohammad, Farid, Habib, Jawad, Khalid, Mansoor, Naveed, Nasir, Qais, Rahim, Sayed, "
        "Shafiq, Sharif, Wahid, Zabiullah, Ajmal, Hamid, Javid, Mustafa, Najib, Rahmatullah, Samiullah, "
        "Zia, Haroon, Idrees",
        "Freshta, Gulalai, Mariam, Marzia, Nargis, Parwana, Shabana, Shakila, Sima, Soraya, Tahmina, "
        "Wahida, Zarghona, Zahra, Zohra, Farida, Homa, Laila, Mahbooba, Malalai, Nazia, Shukria, Fatima",
        "Ahmadzai, Popal, Durrani, Hakimi, Haidari, Hashimi, Jalali, Mohammadi, Noori, Nazari, Rahimi, "
        "Rasuli, Sadat, Safi, Sharifi, Stanekzai, Wardak, Zazai, Kakar, Mangal, Niazi, Omari, Popalzai, "
        "Qaderi, Rezai, Samadi, Shinwari, Tokhi, Waziri, Zahiri, Amiri, Azizi, Faizi",
    ),
    _pool(
        "polish",
        2.0,
        "Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Łukasz, Jakub, Mateusz, Kamil, Dawid, Adam, "
        "Marek, Grzegorz, Wojciech, Rafał, Sebastian, Dariusz, Mariusz, Andrzej, Jan, Bartosz, "
        "Przemysław, Szymon, Artur, Aleksander",
        "Anna, Katarzyna, Małgorzata, Agnieszka, Joanna, Magdalena, Monika, Ewa, Barbara, Aleksandra, "
        "Natalia, Karolina, Justyna, Dorota, Beata, Marta, Paulina, Sylwia, Agata, Izabela, Kinga, "
        "Weronika, Zofia, Renata, Iwona, Urszula",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, "
        "Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, "
        "Nowakowski, Pawłowski, Michalski, Nowicki, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, "
        "Majewski, Olszewski, Jaworski, Wróbel, Malinowski, Pawlak, Witkowski",
    ),
    _pool(
        "romanian",
        2.0,
        "Andrei, Alexandru, Ionuț, Mihai, Florin, Adrian, Bogdan, Cristian, Gabriel, Marian, Ștefan, "
        "Vasile, Gheorghe, Constantin, Nicolae, Cătălin, Răzvan, Sorin, Ciprian, Lucian, Ovidiu, Valentin, "
        "Dumitru, Cosmin, Claudiu, Marius",
        "Elena, Ioana, Andreea, Alexandra, Mihaela, Gabriela, Cristina, Daniela, Roxana, Simona, Alina, "
        "Raluca, Denisa, Florentina, Nicoleta, Larisa, Bianca, Oana, Irina, Camelia, Diana, Ramona, "
        "Adriana, Georgiana, Loredana",
        "Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu, "
        "Munteanu, Constantin, Mihai, Marin, Tudor, Dinu, Lazăr, Florea, Moldovan, Barbu, Ene, Nistor, "
        "Toma, Preda, Ilie, Cristea, Dobre, Neagu, Voicu, Oprea, Diaconu, Lungu",
    ),
    _pool(
        "lithuanian",
        0.6,
        "Tomas, Mantas, Darius, Andrius, Mindaugas, Paulius, Rokas, Lukas, Justas, Vytautas, Giedrius, "
        "Arūnas, Donatas, Edvinas, Gintaras, Kęstutis, Linas, Nerijus, Povilas, Ričardas, Saulius, Tadas, "
        "Vaidas, Žygimantas, Dominykas, Aurimas",
        "Rūta, Ieva, Agnė, Eglė, Gabija, Greta, Inga, Jurgita, Kristina, Laura, Lina, Milda, Neringa, Rasa, "
        "Vaida, Vilma, Aušra, Dalia, Giedrė, Indrė, Justina, Audronė, Jolanta, Raminta, Vaiva, Goda",
        "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, "
        "Urbonas, Kavaliauskas, Baranauskas, Navickas, Ramanauskas, Savickas, Rimkus, Sakalauskas, Mockus, "
        "Lukoševičius, Adomaitis, Balčiūnas, Bernotas, Daukšas, Grigas, Jonaitis, Kairys, Laurinaitis, "
        "Mikalauskas, Norkus, Petraitis, Vaitkus, Gudaitis, Bagdonas, Šimkus",
    ),
    _pool(
        "bulgarian",
        0.6,
        "Georgi, Ivan, Dimitar, Nikolay, Petar, Hristo, Stoyan, Todor, Vasil, Krasimir, Plamen, "
        "Svetoslav, Yordan, Angel, Atanas, Boris, Emil, Kaloyan, Lyubomir, Martin, Momchil, Ognyan, "
        "Radoslav, Rumen, Stefan, Tsvetan",
        "Ivanka, Elena, Desislava, Galina, Gergana, Iliana, Kremena, Mariya, Milena, Nadezhda, Petya, "
        "Radka, Rositsa, Silvia, Snezhana, Stanislava, Svetlana, Tsvetelina, Vesela, Yana, Yordanka, "
        "Zornitsa, Boryana, Teodora, Valentina",
        "Ivanov, Georgiev, Dimitrov, Petrov, Nikolov, Hristov, Stoyanov, Todorov, Iliev, Angelov, Atanasov, "
        "Kolev, Yordanov, Marinov, Popov, Stefanov, Vasilev, Mihaylov, Kostov, Petkov, Dimov, Kirilov, "
        "Pavlov, Tsvetkov, Yankov, Zhelev, Bozhilov, Radev, Rusev, Slavov, Tonchev, Valchev, Boyanov",
    ),
    _pool(
        "albanian",
        0.5,
        "Arben, Besnik, Dritan, Ermal, Fatmir, Genc, Gjergj, Ilir, Klodian, Kreshnik, Leonard, Lulzim, "
        "Mentor, Nderim, Petrit, Redon, Sokol, Shkelqim, Valon, Xhevdet, Ylli, Agron, Bujar, Edmond, Erion, "
        "Gezim, Jetmir, Rinor",
        "Albana, Ardita, Besa, Blerina, Dorina, Elira, Enkeleda, Fatjona, Flutura, Gentiana, Ilirjana, "
        "Jonida, Klea, Lindita, Majlinda, Mimoza, Nora, Orjeta, Rudina, Suela, Teuta, Valbona, Vjollca, "
        "Xhesika, Zamira, Arta, Drita",
        "Hoxha, Shehu, Krasniqi, Gashi, Berisha, Morina, Kelmendi, Hasani, Bytyqi, Rexhepi, Ahmeti, "
        "Dervishi, Leka, Marku, Prifti, Shala, Zeqiri, Kastrati, Gjoka, Duka, Mema, Xhafa, Kola, Lala, "
        "Brahimi, Cela, Dema, Hysa, Lika, Muca, Nikolli, Osmani, Pllana",
    ),
    _pool(
        "portuguese",
        1.0,
        "João, José, António, Manuel, Francisco, Pedro, Rui, Nuno, Tiago, Miguel, Paulo, Ricardo, Luís, "
        "Carlos, Hugo, Bruno, Diogo, Fernando, Jorge, Sérgio, Vítor, Filipe, Gonçalo, Duarte, Rodrigo, "
        "André",
        "Maria, Ana, Sofia, Inês, Beatriz, Mariana, Catarina, Joana, Rita, Sara, Filipa, Patrícia, Cláudia, "
        "Sandra, Susana, Teresa, Carla, Marta, Rosa, Fátima, Lúcia, Helena, Graça, Isabel, Margarida, "
        "Cristina",
        "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, "
        "Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, "
        "Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, "
        "Reis, Simões",
    ),
    _pool(
        "brazilian",
        0.8,
        "Lucas, Gabriel, Matheus, Rafael, Felipe, Gustavo, Leonardo, Thiago, Vinícius, Eduardo, Marcelo, "
        "Fábio, Leandro, Anderson, Wellington, Diego, Renato, Alexandre, Caio, Igor, Júlio, Márcio, "
        "Wagner, Henrique, Rodrigo",
        "Juliana, Fernanda, Camila, Larissa, Amanda, Bruna, Letícia, Gabriela, Jéssica, Aline, Daniela, "
        "Vanessa, Priscila, Renata, Tatiana, Luana, Bianca, Thaís, Carolina, Raquel, Débora, Natália, "
        "Adriana, Simone, Luciana",
        "da Silva, dos Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, "
        "Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, "
        "Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos, Santana, "
        "Teixeira",
    ),
    _pool(
        "colombian",
        0.4,
        "Andrés, Juan Carlos, Carlos, Jorge, Luis, Jhon, Edwin, Fabián, Camilo, Sebastián, Santiago, "
        "Alejandro, Diego, Julián, Óscar, Hernán, Mauricio, Jaime, Germán, Wilson, Yesid, Hernando, "
        "Álvaro, Esteban, Felipe, Nelson, Fredy",
        "Claudia, Luz Marina, Diana, Paola, Sandra, Liliana, Marcela, Natalia, Carolina, Catalina, "
        "Daniela, Valentina, Andrea, Ángela, Gloria, Yolanda, Adriana, Beatriz, Luisa, Johana, Yuliana, "
        "Lina, Milena, Viviana, Jenny, Marisol",
        "Rodríguez, Gómez, González, Martínez, García, López, Hernández, Sánchez, Ramírez, Pérez, Díaz, "
        "Muñoz, Rojas, Moreno, Jiménez, Vargas, Castro, Gutiérrez, Ortiz, Torres, Ruiz, Suárez, Álvarez, "
        "Restrepo, Ospina, Cardona, Giraldo, Londoño, Mejía, Zapata, Valencia, Osorio, Salazar, Castaño, "
        "Arango",
    ),
    _pool(
        "italian",
        1.2,
        "Marco, Giuseppe, Giovanni, Antonio, Francesco, Alessandro, Andrea, Luca, Matteo, Lorenzo, Davide, "
        "Stefano, Paolo, Roberto, Salvatore, Vincenzo, Massimo, Fabio, Simone, Federico, Riccardo, "
        "Gianluca, Mario, Pietro, Enrico, Carmine, Domenico",
        "Giulia, Francesca, Chiara, Sara, Martina, Valentina, Alessia, Federica, Elena, Silvia, Laura, "
        "Paola, Giovanna, Rosa, Anna, Maria, Antonella, Serena, Roberta, Daniela, Elisa, Claudia, Ilaria, "
        "Teresa, Carmela, Lucia",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
        "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, "
        "Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, "
        "Serra, Coppola, De Santis, D'Angelo",
    ),
    _pool(
        "spanish",
        0.8,
        "Javier, David, Daniel, Pablo, Alejandro, Sergio, Carlos, Manuel, Jorge, Alberto, Raúl, Miguel, "
        "Álvaro, Adrián, Iván, Rubén, Víctor, Óscar, Francisco, Juan, Antonio, Enrique, Ignacio, Gonzalo, "
        "Marcos, Héctor, Jesús",
        "Lucía, María, Paula, Laura, Marta, Elena, Carmen, Isabel, Cristina, Sara, Ana, Pilar, Raquel, "
        "Nuria, Rocío, Silvia, Beatriz, Alicia, Irene, Patricia, Montserrat, Inmaculada, Mercedes, Lorena, "
        "Esther, Sonia, Dolores",
        "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, "
        "Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, "
        "Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, "
        "Delgado, Castro, Ortiz",
    ),
    _pool(
        "french",
        0.8,
        "Pierre, Jean, Nicolas, Julien, Mathieu, Antoine, Guillaume, Maxime, Alexandre, Sébastien, Vincent, "
        "Olivier, Laurent, François, Christophe, Philippe, Romain, Benoît, Clément, Damien, Jérôme, Loïc, "
        "Yannick, Cédric, Arnaud, Stéphane",
        "Marie, Camille, Julie, Aurélie, Céline, Émilie, Élodie, Isabelle, Nathalie, Sandrine, Stéphanie, "
        "Valérie, Virginie, Claire, Chloé, Manon, Léa, Pauline, Amandine, Mathilde, Anaïs, Hélène, "
        "Delphine, Caroline, Margaux, Juliette",
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, "
        "Lefebvre, Michel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent, "
        "Muller, Faure, André, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, François, Legrand, "
        "Gauthier, Perrin, Morel",
    ),
    _pool(
        "traveller",
        0.2,
        "Patrick, Michael, John, Martin, Thomas, James, Christy, Johnny, Paddy, Jimmy, Tommy, Willie, "
        "Joe, Bernard, Edward, Hughie, Anthony, Dan, Jody, Denis, Larry, Billy, Francis, Simey",
        "Bridget, Mary, Margaret, Kathleen, Nora, Anne, Winnie, Ellen, Josie, Chrissie, Julia, Nellie, "
        "Biddy, Maggie, Theresa, Sally, Helena, Shauna, Tina, Kitty, Lizzie, Sarah, Rosie, Marie, "
        "Catherine",
        "Ward, Connors, McDonagh, Joyce, Maughan, Doherty, Stokes, Cash, Collins, Delaney, Gavin, Keenan, "
        "McGinley, Reilly, Sheridan, O'Brien, Cawley, Furey, Mongan, Nevin, O'Donnell, Price, Lee, Cooper, "
        "Loveridge, Purcell, Carmody, Mahon, McCarthy, Harty, Donoghue, Sherlock",
    ),
    _pool(
        "jewish_ashkenazi",
        1.8,
        "David, Daniel, Jonathan, Benjamin, Joshua, Samuel, Aaron, Adam, Jacob, Nathan, Simon, Michael, "
        "Gideon, Ari, Eli, Isaac, Lionel, Harvey, Melvyn, Stanley, Sidney, Barry, Mordechai, Yosef, Moshe, "
        "Chaim, Shmuel, Yitzchak",
        "Rachel, Rebecca, Sarah, Miriam, Naomi, Ruth, Esther, Deborah, Judith, Leah, Hannah, Tamar, Talia, "
        "Shoshana, Yael, Chana, Rivka, Malka, Sylvia, Doris, Brenda, Gillian, Hilary, Leonie, Frances, "
        "Pnina, Devorah",
        "Cohen, Levy, Goldberg, Rosenberg, Friedman, Shapiro, Katz, Klein, Goldstein, Greenberg, Rubin, "
        "Weiss, Gold, Silver, Stern, Jacobs, Abrahams, Kaplan, Lewin, Marks, Myers, Solomon, Green, Rose, "
        "Kessler, Rothstein, Schwartz, Feldman, Berkowitz, Lipman, Hirsch, Landau, Wolfson, Adler, Blum, "
        "Halpern, Lerner, Spiro",
    ),
    _pool(
        "nepali",
        0.3,
        "Ram, Hari, Krishna, Bikash, Bishnu, Dipak, Gopal, Manoj, Narayan, Rajendra, Shyam, Suman, Tek, "
        "Yam, Bhim, Dil, Dhan, Gyan, Pemba, Dorje, Lal, Prem, Bal, Kamal, Sunil",
        "Sita, Gita, Laxmi, Sarita, Anita, Bimala, Manju, Pratima, Radha, Samjhana, Urmila, Yasoda, Durga, "
        "Ganga, Kabita, Puja, Rachana, Sushila, Tara, Asmita, Bina, Dipa, Kamala, Sunita",
        "Gurung, Rai, Limbu, Magar, Tamang, Thapa, Shrestha, Sharma, Adhikari, Karki, Bhandari, Khadka, "
        "Pun, Ghale, Sherpa, Poudel, Bhattarai, Koirala, Pandey, Basnet, Thakuri, Chhetri, Subba, Lama, "
        "Maharjan, Joshi, Dahal, Acharya, Bista, Rana, Tamrakar, Pradhan",
    ),
    _pool(
        "japanese",
        0.3,
        "Hiroshi, Takashi, Kenji, Daisuke, Satoshi, Kazuki, Takuya, Shota, Haruto, Ryota, Kenta, Yusuke, "
        "Naoki, Tomohiro, Masato, Kohei, Sho, Yuto, Shun, Tatsuya, Akira, Makoto",
        "Yuko, Keiko, Akiko, Naoko, Tomoko, Yumi, Mai, Aiko, Emi, Haruka, Misaki, Sakura, Yui, Nanami, "
        "Ayaka, Kaori, Megumi, Rie, Sayaka, Mika, Yoko, Chie, Asuka",
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, "
        "Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamazaki, Mori, Abe, "
        "Ikeda, Hashimoto, Ishikawa, Ogawa, Okada, Goto, Hasegawa, Murakami, Kondo, Fujita, Endo, Aoki",
    ),
    _pool(
        "korean",
        0.3,
        "Min-jun, Ji-hoon, Seo-jun, Jae-won, Dong-hyun, Sung-min, Hyun-woo, Jun-ho, Tae-yang, Sang-woo, "
        "Young-ho, Kyung-soo, Seung-hyun, Joon-young, Woo-jin, Jin-woo, Chang-min, Byung-hoon, Hyun-jun, "
        "Ki-tae, Sung-ho, Jae-hyun, Yong-su, Jung-ho",
        "Ji-yeon, Seo-yeon, Min-ji, Soo-jin, Eun-ji, Hye-jin, Ji-eun, Yoo-na, Su-bin, Ha-eun, Na-yeon, "
        "Seung-hee, Mi-young, Eun-hee, Kyung-hee, Jung-eun, Hyun-jung, Sun-hee, Da-eun, Ye-jin, So-yeon, "
        "Ji-won, Hae-won, Mi-kyung",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, "
        "Song, Yoo, Hong, Jeon, Ko, Moon, Yang, Son, Bae, Baek, Heo, Nam, Noh, Ha, Kwak, Sung, Cha, Joo, "
        "Woo, Min",
    ),
)

NICKNAMES: dict[str, tuple[str, ...]] = {
    # English and Scottish
    "William": ("Bill", "Will", "Billy", "Liam"),
    "Robert": ("Rob", "Bob", "Bobby", "Robbie"),
    "Richard": ("Rich", "Rick", "Ricky", "Dick"),
    "Michael": ("Mick", "Mike", "Mikey", "Mickey"),
    "Thomas": ("Tom", "Tommy"),
    "James": ("Jim", "Jimmy", "Jamie"),
    "Anthony": ("Tony", "Ant"),
    "Christopher": ("Chris", "Kit"),
    "Daniel": ("Dan", "Danny"),
    "Joseph": ("Joe", "Joey"),
    "Stephen": ("Steve", "Stevie"),
    "Edward": ("Ed", "Eddie", "Ted", "Ned"),
    "Nicholas": ("Nick", "Nicky"),
    "Benjamin": ("Ben", "Benny"),
    "Samuel": ("Sam", "Sammy"),
    "Matthew": ("Matt",),
    "Andrew": ("Andy", "Drew"),
    "David": ("Dave", "Davy"),
    "Peter": ("Pete",),
    "Kenneth": ("Ken", "Kenny"),
    "Terence": ("Terry", "Tel"),
    "Ronald": ("Ron", "Ronnie"),
    "Alan": ("Al",),
    "Charles": ("Charlie", "Chas"),
    "Gary": ("Gaz",),
    "Jonathan": ("Jon", "Jonny"),
    "Alasdair": ("Ali", "Al"),
    "Elizabeth": ("Liz", "Lizzie", "Beth", "Betty"),
    "Margaret": ("Maggie", "Peggy", "Mags", "Marge"),
    "Katherine": ("Kate", "Kath", "Katie", "Kathy"),
    "Jennifer": ("Jen", "Jenny"),
    "Rebecca": ("Becky", "Becca"),
    "Victoria": ("Vicky", "Tori"),
    "Deborah": ("Debbie", "Debs"),
    "Patricia": ("Pat", "Trish", "Patsy"),
    "Susan": ("Sue", "Susie"),
    "Jacqueline": ("Jackie",),
    "Natalie": ("Nat",),
    # Irish and Welsh
    "Patrick": ("Pat", "Paddy"),
    "Padraig": ("Paudie",),
    "Siobhan": ("Shiv",),
    "Dafydd": ("Dai", "Dave"),
    # Nigerian and Ghanaian
    "Oluwaseun": ("Seun",),
    "Oluwatobi": ("Tobi",),
    "Oluwafemi": ("Femi",),
    "Olumide": ("Mide",),
    "Olusegun": ("Segun",),
    "Babatunde": ("Tunde",),
    "Adewale": ("Wale",),
    "Temitope": ("Tope",),
    "Abimbola": ("Bimbo", "Bim"),
    "Oluwakemi": ("Kemi",),
    "Funmilayo": ("Funmi",),
    "Folasade": ("Sade", "Fola"),
    "Chukwuemeka": ("Emeka",),
    "Chukwudi": ("Chuks",),
    "Tochukwu": ("Tochi",),
    "Okechukwu": ("Okey",),
    "Chinedu": ("Nedu",),
    "Ikenna": ("Ike",),
    "Ifeoma": ("Ify",),
    "Chiamaka": ("Amaka", "Chi"),
    "Kwabena": ("Kobby",),
    # Somali and South Asian
    "Abdirahman": ("Abdi",),
    "Abdullahi": ("Abdi", "Abdul"),
    "Mohamed": ("Mo", "Moe"),
    "Muhammad": ("Mo",),
    "Mohammed": ("Mo",),
    "Harpreet": ("Harry", "Preet"),
    "Sukhwinder": ("Sukhi",),
    "Jaswinder": ("Jas",),
    "Balwinder": ("Bally",),
    "Rajesh": ("Raj",),
    "Venkatesh": ("Venky",),
    "Mizanur": ("Mizan",),
    "Rafiqul": ("Rafiq",),
    "Saiful": ("Saif",),
    # European
    "Aleksander": ("Olek", "Alek"),
    "Krzysztof": ("Krzysiek",),
    "Małgorzata": ("Gosia", "Małgosia"),
    "Katarzyna": ("Kasia",),
    "Agnieszka": ("Aga",),
    "Aleksandra": ("Ola",),
    "Magdalena": ("Magda",),
    "Przemysław": ("Przemek",),
    "Tomasz": ("Tomek",),
    "Wojciech": ("Wojtek",),
    "Grzegorz": ("Grzesiek",),
    "Alexandru": ("Alex",),
    "Gheorghe": ("George", "Ghiță"),
    "Dimitar": ("Mitko",),
    "Georgi": ("Gosho",),
    "Vytautas": ("Vytas",),
    "Žygimantas": ("Žygis",),
    "Panayiotis": ("Panos", "Takis"),
    "Georgios": ("George", "Giorgos"),
    "Charalambos": ("Harry", "Bambos"),
    "Kyriacos": ("Kyri",),
    "Christos": ("Chris",),
    "Demetris": ("Jimmy", "Mitsos"),
    "Anastasia": ("Stacey",),
    "Giuseppe": ("Peppe", "Joe"),
    "Francesco": ("Franco", "Cesco"),
    "Salvatore": ("Sal", "Totò"),
    "Giovanni": ("Gianni",),
    "Alejandro": ("Alex", "Ale"),
    "Francisco": ("Paco",),
    "José": ("Zé",),
    "Manuel": ("Manny", "Manolo"),
    "Eduardo": ("Edu", "Eddie"),
    "Mehmet": ("Memo",),
    "Tewodros": ("Teddy",),
    # Jewish
    "Mordechai": ("Motti",),
    "Yitzchak": ("Itzik",),
    "Shmuel": ("Shmuli",),
    "Chaim": ("Hymie",),
    "Rivka": ("Rivky",),
}

STREET_ALIASES_FOR_PEOPLE: tuple[str, ...] = (
    "Joe",
    "Danny",
    "Mo",
    "Tommy",
    "Jay",
    "Dee",
    "Kenny",
    "Ricky",
    "Mikey",
    "Sonny",
    "Ray",
    "Lenny",
    "Frankie",
    "Stevie",
    "Junior",
    "Bigs",
    "Tiny",
    "Scouse",
    "Jock",
    "Taff",
    "Paddy",
    "Dave",
    "John",
    "Sam",
    "Charlie",
    "Smithy",
    "Gaz",
    "Baz",
    "Kev",
    "Ali",
    "Nico",
)
