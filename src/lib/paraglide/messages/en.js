/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Change_PasswordInputs */
/** @typedef {{}} Account_Current_PasswordInputs */
/** @typedef {{}} Account_Current_WrongInputs */
/** @typedef {{}} Account_IndustryInputs */
/** @typedef {{ when: NonNullable<unknown> }} Account_Last_SeenInputs */
/** @typedef {{}} Account_Locale_BrowserInputs */
/** @typedef {{}} Account_NameInputs */
/** @typedef {{}} Account_New_PasswordInputs */
/** @typedef {{}} Account_PasswordInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Password_ChangedInputs */
/** @typedef {{}} Account_ProfileInputs */
/** @typedef {{}} Account_SessionsInputs */
/** @typedef {{}} Account_Sign_Out_OthersInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Signed_Out_OthersInputs */
/** @typedef {{}} Account_This_DeviceInputs */
/** @typedef {{}} Account_TitleInputs */
/** @typedef {{}} Account_Unknown_DeviceInputs */
/** @typedef {{}} Add_MemberInputs */
/** @typedef {{}} App_NameInputs */
/** @typedef {{}} Back_To_DealsInputs */
/** @typedef {{}} Block_ChecklistInputs */
/** @typedef {{}} Block_CompetitionInputs */
/** @typedef {{}} Block_Copy_ReportInputs */
/** @typedef {{}} Block_FailedInputs */
/** @typedef {{}} Block_HeatmapInputs */
/** @typedef {{}} Block_MissingInputs */
/** @typedef {{}} Block_ObjectiveInputs */
/** @typedef {{}} Block_PositionInputs */
/** @typedef {{}} Block_Pull_BackInputs */
/** @typedef {{}} Block_ResourcesInputs */
/** @typedef {{}} Block_RetryInputs */
/** @typedef {{}} Block_Role_TableInputs */
/** @typedef {{}} Block_TextInputs */
/** @typedef {{}} CancelInputs */
/** @typedef {{}} CloseInputs */
/** @typedef {{}} Comment_AddInputs */
/** @typedef {{}} Comment_BlockInputs */
/** @typedef {{}} Comment_DeleteInputs */
/** @typedef {{}} Comment_Delete_ConfirmInputs */
/** @typedef {{}} Comment_DeletedInputs */
/** @typedef {{}} Comment_EditInputs */
/** @typedef {{}} Comment_EditedInputs */
/** @typedef {{}} Comment_Hide_ResolvedInputs */
/** @typedef {{}} Comment_HintInputs */
/** @typedef {{}} Comment_MentionInputs */
/** @typedef {{}} Comment_OfflineInputs */
/** @typedef {{}} Comment_On_DealInputs */
/** @typedef {{}} Comment_On_RowInputs */
/** @typedef {{}} Comment_On_SelectionInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_OutboxInputs */
/** @typedef {{}} Comment_PendingInputs */
/** @typedef {{}} Comment_PlaceholderInputs */
/** @typedef {{}} Comment_QuestionInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Comment_RefusedInputs */
/** @typedef {{}} Comment_ReopenInputs */
/** @typedef {{}} Comment_ReplyInputs */
/** @typedef {{}} Comment_Reply_PlaceholderInputs */
/** @typedef {{}} Comment_ResolveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Comment_Resolved_ByInputs */
/** @typedef {{}} Comment_RowInputs */
/** @typedef {{}} Comment_SendInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_Show_ResolvedInputs */
/** @typedef {{}} Comment_Text_GoneInputs */
/** @typedef {{}} Comment_UnreadInputs */
/** @typedef {{ count: NonNullable<unknown> }} Comment_Unread_CountInputs */
/** @typedef {{}} Comments_EmptyInputs */
/** @typedef {{}} Comments_Empty_CanInputs */
/** @typedef {{}} Comments_LoadingInputs */
/** @typedef {{}} Comments_TitleInputs */
/** @typedef {{}} Comp_AddInputs */
/** @typedef {{ name: NonNullable<unknown> }} Comp_Add_NamedInputs */
/** @typedef {{}} Comp_EmptyInputs */
/** @typedef {{}} Comp_Home_CourtInputs */
/** @typedef {{}} Comp_NameInputs */
/** @typedef {{}} Comp_Named_ElsewhereInputs */
/** @typedef {{}} Comp_NotesInputs */
/** @typedef {{}} Comp_PriceInputs */
/** @typedef {{}} Comp_RemoveInputs */
/** @typedef {{}} Comp_ResponseInputs */
/** @typedef {{}} Comp_TenderInputs */
/** @typedef {{}} CopiedInputs */
/** @typedef {{}} Copy_Local_VersionInputs */
/** @typedef {{}} Create_AccountInputs */
/** @typedef {{}} Create_DealInputs */
/** @typedef {{}} Deal_AccountInputs */
/** @typedef {{}} Deal_AmountInputs */
/** @typedef {{}} Deal_Close_DateInputs */
/** @typedef {{}} Deal_CurrencyInputs */
/** @typedef {{}} Deal_MembersInputs */
/** @typedef {{}} Deal_OwnerInputs */
/** @typedef {{}} Deal_TitleInputs */
/** @typedef {{}} Deals_All_StagesInputs */
/** @typedef {{}} Deals_Col_AccountInputs */
/** @typedef {{}} Deals_Col_AmountInputs */
/** @typedef {{}} Deals_Col_CloseInputs */
/** @typedef {{}} Deals_Col_FlagsInputs */
/** @typedef {{}} Deals_Col_OwnerInputs */
/** @typedef {{}} Deals_Col_RoleInputs */
/** @typedef {{}} Deals_Col_StageInputs */
/** @typedef {{}} Deals_Col_StatusInputs */
/** @typedef {{}} Deals_Col_TemperatureInputs */
/** @typedef {{}} Deals_Col_TitleInputs */
/** @typedef {{}} Deals_EmptyInputs */
/** @typedef {{}} Deals_SortInputs */
/** @typedef {{}} Deals_Sort_UpdatedInputs */
/** @typedef {{}} Deals_TitleInputs */
/** @typedef {{}} Diag_All_ClearInputs */
/** @typedef {{}} Diag_No_RemedyInputs */
/** @typedef {{}} Diag_RemedyInputs */
/** @typedef {{}} Diag_TitleInputs */
/** @typedef {{}} Diag_WeightedInputs */
/** @typedef {{}} Editor_LabelInputs */
/** @typedef {{}} EmailInputs */
/** @typedef {{}} Error_CredentialsInputs */
/** @typedef {{}} Error_Email_TakenInputs */
/** @typedef {{}} Error_GenericInputs */
/** @typedef {{}} Error_Invalid_EmailInputs */
/** @typedef {{ min: NonNullable<unknown> }} Error_Password_ShortInputs */
/** @typedef {{ minutes: NonNullable<unknown> }} Error_Rate_LimitedInputs */
/** @typedef {{ field: NonNullable<unknown> }} Error_RequiredInputs */
/** @typedef {{}} Export_AccountInputs */
/** @typedef {{}} Export_AmountInputs */
/** @typedef {{}} Export_Close_DateInputs */
/** @typedef {{}} Export_CsvInputs */
/** @typedef {{}} Export_CurrencyInputs */
/** @typedef {{}} Export_MarkdownInputs */
/** @typedef {{}} Export_MenuInputs */
/** @typedef {{}} Export_Open_ThreadsInputs */
/** @typedef {{}} Export_OwnerInputs */
/** @typedef {{}} Export_PrintInputs */
/** @typedef {{}} Export_StatusInputs */
/** @typedef {{}} Forgot_LinkInputs */
/** @typedef {{}} Forgot_No_MailInputs */
/** @typedef {{}} Forgot_Rate_LimitedInputs */
/** @typedef {{}} Forgot_SendInputs */
/** @typedef {{}} Forgot_SentInputs */
/** @typedef {{}} Forgot_TitleInputs */
/** @typedef {{}} Full_WidthInputs */
/** @typedef {{}} Here_NowInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_AddedInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_DoneInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_RemovedInputs */
/** @typedef {{ text: NonNullable<unknown> }} Hist_Action_ReopenedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Answers_ChangedInputs */
/** @typedef {{}} Hist_Block_AddedInputs */
/** @typedef {{}} Hist_Block_RemovedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Hist_Blocks_ChangedInputs */
/** @typedef {{ names: NonNullable<unknown> }} Hist_ByInputs */
/** @typedef {{}} Hist_CloseInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Competitor_RemovedInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_ConfirmedInputs */
/** @typedef {{}} Hist_Current_LabelInputs */
/** @typedef {{}} Hist_Diff_TitleInputs */
/** @typedef {{}} Hist_EmptyInputs */
/** @typedef {{}} Hist_Export_VersionInputs */
/** @typedef {{}} Hist_FailedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Key_Person_RemovedInputs */
/** @typedef {{}} Hist_Kind_AutoInputs */
/** @typedef {{}} Hist_Kind_Beforerestore1Inputs */
/** @typedef {{}} Hist_Kind_NamedInputs */
/** @typedef {{}} Hist_Kind_RestoreInputs */
/** @typedef {{}} Hist_Kind_StageInputs */
/** @typedef {{}} Hist_LoadingInputs */
/** @typedef {{}} Hist_Name_LabelInputs */
/** @typedef {{}} Hist_Name_PlaceholderInputs */
/** @typedef {{}} Hist_Name_SaveInputs */
/** @typedef {{}} Hist_NamedInputs */
/** @typedef {{}} Hist_No_ChangesInputs */
/** @typedef {{}} Hist_NobodyInputs */
/** @typedef {{}} Hist_Only_EditorsInputs */
/** @typedef {{}} Hist_OpenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_AddedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Hist_Person_RemovedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_AddedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_ChangedInputs */
/** @typedef {{ who: NonNullable<unknown> }} Hist_Resource_RemovedInputs */
/** @typedef {{}} Hist_Restore_AllInputs */
/** @typedef {{}} Hist_Restore_BlockInputs */
/** @typedef {{}} Hist_Restore_ConfirmInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Hist_Restore_FailedInputs */
/** @typedef {{}} Hist_Restore_Refused_FrozenInputs */
/** @typedef {{}} Hist_RestoredInputs */
/** @typedef {{}} Hist_RetryInputs */
/** @typedef {{ added: NonNullable<unknown>, removed: NonNullable<unknown> }} Hist_SummaryInputs */
/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OffInputs */
/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OnInputs */
/** @typedef {{}} Hist_Text_ChangesInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_TickedInputs */
/** @typedef {{}} Hist_TitleInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_UnconfirmedInputs */
/** @typedef {{}} Hist_Undo_RestoreInputs */
/** @typedef {{ item: NonNullable<unknown> }} Hist_UntickedInputs */
/** @typedef {{ date: NonNullable<unknown> }} Hist_ViewingInputs */
/** @typedef {{}} Hm_By_ChangeInputs */
/** @typedef {{}} Hm_By_DayInputs */
/** @typedef {{}} Hm_GridInputs */
/** @typedef {{}} Hm_No_HistoryInputs */
/** @typedef {{}} Hm_No_SourceInputs */
/** @typedef {{}} Hm_TimelineInputs */
/** @typedef {{}} Import_AccountsInputs */
/** @typedef {{}} Import_AnotherInputs */
/** @typedef {{}} Import_Col_ColumnInputs */
/** @typedef {{}} Import_Col_FieldInputs */
/** @typedef {{}} Import_Col_HappensInputs */
/** @typedef {{}} Import_Col_ProblemsInputs */
/** @typedef {{}} Import_Col_RowInputs */
/** @typedef {{}} Import_Col_SampleInputs */
/** @typedef {{ rows: NonNullable<unknown> }} Import_CommitInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_Commit_SkipsInputs */
/** @typedef {{}} Import_ContactsInputs */
/** @typedef {{ create: NonNullable<unknown>, update: NonNullable<unknown>, unchanged: NonNullable<unknown> }} Import_Count_LineInputs */
/** @typedef {{}} Import_Date_OrderInputs */
/** @typedef {{}} Import_DealsInputs */
/** @typedef {{}} Import_Default_CurrencyInputs */
/** @typedef {{}} Import_DelimiterInputs */
/** @typedef {{}} Import_Delimiter_AutoInputs */
/** @typedef {{}} Import_Delimiter_CommaInputs */
/** @typedef {{}} Import_Delimiter_PipeInputs */
/** @typedef {{}} Import_Delimiter_SemicolonInputs */
/** @typedef {{}} Import_Delimiter_TabInputs */
/** @typedef {{}} Import_DiscardInputs */
/** @typedef {{}} Import_DropInputs */
/** @typedef {{}} Import_Drop_HintInputs */
/** @typedef {{}} Import_Error_BusyInputs */
/** @typedef {{}} Import_Error_EmptyInputs */
/** @typedef {{}} Import_Error_EncodingInputs */
/** @typedef {{}} Import_Error_NetworkInputs */
/** @typedef {{}} Import_Error_No_RowsInputs */
/** @typedef {{}} Import_Error_Not_FoundInputs */
/** @typedef {{}} Import_Error_One_ColumnInputs */
/** @typedef {{}} Import_Error_RequestInputs */
/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Row_Too_LongInputs */
/** @typedef {{}} Import_Error_RowsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Import_Error_Rows_LineInputs */
/** @typedef {{}} Import_Error_ServerInputs */
/** @typedef {{}} Import_Error_Signed_OutInputs */
/** @typedef {{}} Import_Error_StartedInputs */
/** @typedef {{}} Import_Error_Too_LargeInputs */
/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_ColumnsInputs */
/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_RowsInputs */
/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Unclosed_QuoteInputs */
/** @typedef {{ column: NonNullable<unknown> }} Import_Field_ForInputs */
/** @typedef {{}} Import_Field_NoneInputs */
/** @typedef {{ file: NonNullable<unknown>, rows: NonNullable<unknown>, encoding: NonNullable<unknown>, delimiter: NonNullable<unknown> }} Import_File_FactsInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Import_IntroInputs */
/** @typedef {{}} Import_May_LeaveInputs */
/** @typedef {{}} Import_Not_AllowedInputs */
/** @typedef {{}} Import_Number_FormatInputs */
/** @typedef {{}} Import_Only_ProblemsInputs */
/** @typedef {{}} Import_PreviewInputs */
/** @typedef {{}} Import_Problem_Contactneedsaccount2Inputs */
/** @typedef {{}} Import_Problem_CurrencyInputs */
/** @typedef {{}} Import_Problem_Dealneedsaccount2Inputs */
/** @typedef {{}} Import_Problem_Dealneedstitle2Inputs */
/** @typedef {{}} Import_Problem_Nothingmapped1Inputs */
/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Import_ProgressInputs */
/** @typedef {{}} Import_RecentInputs */
/** @typedef {{ rows: NonNullable<unknown>, by: NonNullable<unknown>, when: NonNullable<unknown> }} Import_Recent_LineInputs */
/** @typedef {{}} Import_Row_SkippedInputs */
/** @typedef {{ shown: NonNullable<unknown>, total: NonNullable<unknown> }} Import_Rows_ShownInputs */
/** @typedef {{ problem: NonNullable<unknown> }} Import_Run_ProblemInputs */
/** @typedef {{ value: NonNullable<unknown> }} Import_Stage_ForInputs */
/** @typedef {{}} Import_Stage_LostInputs */
/** @typedef {{}} Import_Stage_UnmappedInputs */
/** @typedef {{}} Import_Stage_WonInputs */
/** @typedef {{}} Import_StagesInputs */
/** @typedef {{}} Import_Stages_HintInputs */
/** @typedef {{}} Import_Status_ImportedInputs */
/** @typedef {{}} Import_Status_ImportingInputs */
/** @typedef {{}} Import_Status_UndoingInputs */
/** @typedef {{}} Import_Status_UndoneInputs */
/** @typedef {{}} Import_Status_UploadedInputs */
/** @typedef {{}} Import_Step_MapInputs */
/** @typedef {{}} Import_Step_PreviewInputs */
/** @typedef {{}} Import_Step_UploadInputs */
/** @typedef {{}} Import_TitleInputs */
/** @typedef {{}} Import_UndoInputs */
/** @typedef {{ file: NonNullable<unknown> }} Import_Undo_ConfirmInputs */
/** @typedef {{ removed: NonNullable<unknown>, restored: NonNullable<unknown>, kept: NonNullable<unknown> }} Import_Undo_SummaryInputs */
/** @typedef {{}} Import_UploadInputs */
/** @typedef {{}} Import_UploadingInputs */
/** @typedef {{}} Import_WorkingInputs */
/** @typedef {{}} Inbox_EmptyInputs */
/** @typedef {{ name: NonNullable<unknown> }} Inbox_MentionInputs */
/** @typedef {{ name: NonNullable<unknown> }} Inbox_ReplyInputs */
/** @typedef {{}} Inbox_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Inbox_UnreadInputs */
/** @typedef {{}} Invite_AskInputs */
/** @typedef {{}} Invite_ExpiredInputs */
/** @typedef {{ inviter: NonNullable<unknown>, role: NonNullable<unknown> }} Invite_FromInputs */
/** @typedef {{}} Invite_Gone_TitleInputs */
/** @typedef {{}} Invite_Has_AccountInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Invite_JoinInputs */
/** @typedef {{ email: NonNullable<unknown> }} Invite_Other_AddressInputs */
/** @typedef {{}} Invite_RevokedInputs */
/** @typedef {{}} Invite_Signin_InsteadInputs */
/** @typedef {{}} Invite_Signin_JoinInputs */
/** @typedef {{}} Invite_Signup_InsteadInputs */
/** @typedef {{}} Invite_Signup_JoinInputs */
/** @typedef {{ workspace: NonNullable<unknown> }} Invite_TitleInputs */
/** @typedef {{}} Invite_UnknownInputs */
/** @typedef {{}} Invite_UsedInputs */
/** @typedef {{}} LanguageInputs */
/** @typedef {{}} Loading_DocumentInputs */
/** @typedef {{}} Login_Demo_HintInputs */
/** @typedef {{}} Login_Have_AccountInputs */
/** @typedef {{}} Login_No_AccountInputs */
/** @typedef {{}} Login_TitleInputs */
/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown>, link: NonNullable<unknown>, expires: NonNullable<unknown> }} Mail_Invite_BodyInputs */
/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown> }} Mail_Invite_SubjectInputs */
/** @typedef {{ link: NonNullable<unknown> }} Mail_Reset_BodyInputs */
/** @typedef {{}} Mail_Reset_SubjectInputs */
/** @typedef {{ link: NonNullable<unknown> }} Mail_Signup_BodyInputs */
/** @typedef {{ signin: NonNullable<unknown>, forgot: NonNullable<unknown> }} Mail_Signup_Existing_BodyInputs */
/** @typedef {{}} Mail_Signup_Existing_SubjectInputs */
/** @typedef {{}} Mail_Signup_SubjectInputs */
/** @typedef {{}} Mark_LostInputs */
/** @typedef {{}} Mark_WonInputs */
/** @typedef {{}} MemberInputs */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown> }} Member_AddedInputs */
/** @typedef {{}} Nav_DealsInputs */
/** @typedef {{}} Nav_ImportInputs */
/** @typedef {{}} Nav_InboxInputs */
/** @typedef {{}} Nav_MainInputs */
/** @typedef {{}} Nav_MenuInputs */
/** @typedef {{}} Nav_New_AccountInputs */
/** @typedef {{}} Nav_New_DealInputs */
/** @typedef {{}} Nav_PipelineInputs */
/** @typedef {{}} Nav_SettingsInputs */
/** @typedef {{}} New_Account_TitleInputs */
/** @typedef {{}} New_Deal_TitleInputs */
/** @typedef {{}} No_AccessInputs */
/** @typedef {{}} No_AccountsInputs */
/** @typedef {{}} Not_FoundInputs */
/** @typedef {{}} Nq_AnsweredInputs */
/** @typedef {{ n: NonNullable<unknown> }} Nq_CommentInputs */
/** @typedef {{ count: NonNullable<unknown> }} Nq_Comments_CountInputs */
/** @typedef {{}} Nq_LoadingInputs */
/** @typedef {{}} Nq_MissingInputs */
/** @typedef {{}} Nq_Missing_LabelInputs */
/** @typedef {{}} Nq_Next_LabelInputs */
/** @typedef {{}} Nq_OpenInputs */
/** @typedef {{}} Nq_PartlyInputs */
/** @typedef {{ score: NonNullable<unknown>, total: NonNullable<unknown> }} Nq_ScoreInputs */
/** @typedef {{}} Nq_TitleInputs */
/** @typedef {{}} Obj_IncompleteInputs */
/** @typedef {{}} Obj_QuantityInputs */
/** @typedef {{}} Obj_RevenueInputs */
/** @typedef {{}} Obj_WhatInputs */
/** @typedef {{}} Obj_WhenInputs */
/** @typedef {{}} Obj_WhomInputs */
/** @typedef {{}} Offline_BannerInputs */
/** @typedef {{}} Offline_UnavailableInputs */
/** @typedef {{}} Only_Managers_AddInputs */
/** @typedef {{}} Only_Managers_ReopenInputs */
/** @typedef {{}} PasswordInputs */
/** @typedef {{}} Pb_Action_DoneInputs */
/** @typedef {{}} Pb_ActionsInputs */
/** @typedef {{}} Pb_Add_ActionInputs */
/** @typedef {{}} Pb_Add_PersonInputs */
/** @typedef {{}} Pb_BuyerInputs */
/** @typedef {{}} Pb_CompetitorInputs */
/** @typedef {{}} Pb_Competitor_NameInputs */
/** @typedef {{}} Pb_CurrentInputs */
/** @typedef {{}} Pb_Key_PeopleInputs */
/** @typedef {{}} Pb_No_Role_TableInputs */
/** @typedef {{}} Pb_Not_SetInputs */
/** @typedef {{}} Pb_Shaped_ByInputs */
/** @typedef {{}} Pb_SuggestedInputs */
/** @typedef {{}} Pb_TacticsInputs */
/** @typedef {{}} Pb_TargetInputs */
/** @typedef {{}} Pb_UsInputs */
/** @typedef {{}} Pl_All_StagesInputs */
/** @typedef {{}} Pl_AmountInputs */
/** @typedef {{}} Pl_BoardInputs */
/** @typedef {{}} Pl_Ch_AddedInputs */
/** @typedef {{}} Pl_Ch_AdvancedInputs */
/** @typedef {{}} Pl_Ch_AmountInputs */
/** @typedef {{}} Pl_Ch_DateInputs */
/** @typedef {{}} Pl_Ch_LostInputs */
/** @typedef {{}} Pl_Ch_QuestionsInputs */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Pl_Ch_Questions_DetailInputs */
/** @typedef {{}} Pl_Ch_RemovedInputs */
/** @typedef {{}} Pl_Ch_SlippedInputs */
/** @typedef {{}} Pl_Ch_WonInputs */
/** @typedef {{}} Pl_CloseInputs */
/** @typedef {{}} Pl_Comment_OnInputs */
/** @typedef {{}} Pl_Compare_WithInputs */
/** @typedef {{}} Pl_DealInputs */
/** @typedef {{}} Pl_EmptyInputs */
/** @typedef {{}} Pl_EveryoneInputs */
/** @typedef {{}} Pl_FallbackInputs */
/** @typedef {{}} Pl_FlagsInputs */
/** @typedef {{}} Pl_FlowInputs */
/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_AdvancedInputs */
/** @typedef {{}} Pl_Flow_NewInputs */
/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_SlippedInputs */
/** @typedef {{ days: NonNullable<unknown> }} Pl_Flow_StalledInputs */
/** @typedef {{}} Pl_ForecastInputs */
/** @typedef {{ count: NonNullable<unknown> }} Pl_From_HistoryInputs */
/** @typedef {{}} Pl_FunnelInputs */
/** @typedef {{}} Pl_ListInputs */
/** @typedef {{}} Pl_MonthInputs */
/** @typedef {{}} Pl_NineInputs */
/** @typedef {{}} Pl_Nine_TitleInputs */
/** @typedef {{}} Pl_No_ChangesInputs */
/** @typedef {{}} Pl_No_ForecastInputs */
/** @typedef {{}} Pl_No_SnapshotInputs */
/** @typedef {{}} Pl_Open_DealInputs */
/** @typedef {{}} Pl_Outside_FunnelInputs */
/** @typedef {{}} Pl_OwnerInputs */
/** @typedef {{}} Pl_PeriodInputs */
/** @typedef {{}} Pl_QuarterInputs */
/** @typedef {{}} Pl_Rates_SavedInputs */
/** @typedef {{}} Pl_Read_Only_CommentsInputs */
/** @typedef {{}} Pl_ReviewInputs */
/** @typedef {{}} Pl_Review_NavInputs */
/** @typedef {{}} Pl_Review_NextInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Pl_Review_PositionInputs */
/** @typedef {{}} Pl_Review_PrevInputs */
/** @typedef {{}} Pl_Save_RatesInputs */
/** @typedef {{}} Pl_Save_SnapshotInputs */
/** @typedef {{ when: NonNullable<unknown>, name: NonNullable<unknown> }} Pl_Snapshot_OfInputs */
/** @typedef {{}} Pl_Snapshot_SavedInputs */
/** @typedef {{}} Pl_SourceInputs */
/** @typedef {{}} Pl_StageInputs */
/** @typedef {{ count: NonNullable<unknown>, amount: NonNullable<unknown>, weighted: NonNullable<unknown> }} Pl_SummaryInputs */
/** @typedef {{}} Pl_TemperatureInputs */
/** @typedef {{ title: NonNullable<unknown> }} Pl_Threads_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Pl_Too_LittleInputs */
/** @typedef {{}} Pl_ViewInputs */
/** @typedef {{}} Pl_WeightedInputs */
/** @typedef {{}} Pl_Win_RateInputs */
/** @typedef {{}} Pl_Win_RatesInputs */
/** @typedef {{}} Pl_Win_Rates_HelpInputs */
/** @typedef {{}} Pos_CompetitiveInputs */
/** @typedef {{}} Pos_No_ChecklistInputs */
/** @typedef {{}} Pos_StageInputs */
/** @typedef {{}} Pos_TemperatureInputs */
/** @typedef {{}} Pos_UrgencyInputs */
/** @typedef {{}} Print_BackInputs */
/** @typedef {{}} Print_ButtonInputs */
/** @typedef {{ date: NonNullable<unknown> }} Print_ExportedInputs */
/** @typedef {{}} Profile_Add_EventInputs */
/** @typedef {{}} Profile_ContactsInputs */
/** @typedef {{}} Profile_DealsInputs */
/** @typedef {{}} Profile_Event_ContactInputs */
/** @typedef {{}} Profile_Event_DateInputs */
/** @typedef {{}} Profile_Event_TextInputs */
/** @typedef {{}} Profile_LogInputs */
/** @typedef {{}} Profile_Log_EmptyInputs */
/** @typedef {{}} Profile_No_SupportInputs */
/** @typedef {{}} Profile_NobodyInputs */
/** @typedef {{}} Profile_SupportInputs */
/** @typedef {{ name: NonNullable<unknown>, from: NonNullable<unknown>, to: NonNullable<unknown>, deal: NonNullable<unknown> }} Profile_Support_ChangeInputs */
/** @typedef {{}} Profile_TitleInputs */
/** @typedef {{}} Read_Only_CommenterInputs */
/** @typedef {{ status: NonNullable<unknown> }} Read_Only_FrozenInputs */
/** @typedef {{}} Read_Only_ViewerInputs */
/** @typedef {{}} Reopen_DealInputs */
/** @typedef {{}} Res_AddInputs */
/** @typedef {{}} Res_EmptyInputs */
/** @typedef {{}} Res_ForInputs */
/** @typedef {{}} Res_From_WorkspaceInputs */
/** @typedef {{}} Res_KindInputs */
/** @typedef {{}} Res_RemoveInputs */
/** @typedef {{}} Res_StatusInputs */
/** @typedef {{}} Res_Their_WinInputs */
/** @typedef {{}} Res_WhenInputs */
/** @typedef {{}} Res_WhoInputs */
/** @typedef {{ email: NonNullable<unknown> }} Reset_ForInputs */
/** @typedef {{}} Reset_GoneInputs */
/** @typedef {{}} Reset_SubmitInputs */
/** @typedef {{}} Reset_TitleInputs */
/** @typedef {{}} RoleInputs */
/** @typedef {{}} Role_CommenterInputs */
/** @typedef {{}} Role_EditorInputs */
/** @typedef {{}} Role_ViewerInputs */
/** @typedef {{}} Rt_Add_RowInputs */
/** @typedef {{}} Rt_BlankInputs */
/** @typedef {{}} Rt_Contact_CreateInputs */
/** @typedef {{}} Rt_Contact_LinkedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Rt_Contact_NewInputs */
/** @typedef {{}} Rt_DetailsInputs */
/** @typedef {{}} Rt_DueInputs */
/** @typedef {{}} Rt_EmptyInputs */
/** @typedef {{}} Rt_InfluenceInputs */
/** @typedef {{}} Rt_ModeInputs */
/** @typedef {{}} Rt_Move_DownInputs */
/** @typedef {{}} Rt_Move_UpInputs */
/** @typedef {{}} Rt_Next_ActionInputs */
/** @typedef {{}} Rt_Org_ResultInputs */
/** @typedef {{}} Rt_OwnerInputs */
/** @typedef {{}} Rt_PainsInputs */
/** @typedef {{}} Rt_PersonInputs */
/** @typedef {{}} Rt_Personal_WinInputs */
/** @typedef {{}} Rt_Remove_RowInputs */
/** @typedef {{}} Rt_RoleInputs */
/** @typedef {{}} Rt_SupportInputs */
/** @typedef {{}} Rt_TitleInputs */
/** @typedef {{}} Rt_WhyInputs */
/** @typedef {{}} SaveInputs */
/** @typedef {{}} Save_All_SavedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Save_On_DeviceInputs */
/** @typedef {{}} Save_SavedInputs */
/** @typedef {{}} Save_SavingInputs */
/** @typedef {{}} Save_UnconfirmedInputs */
/** @typedef {{}} Sc_AvoidInputs */
/** @typedef {{}} Sc_Buyer_TrackInputs */
/** @typedef {{}} Sc_CaresInputs */
/** @typedef {{}} Sc_CurrentInputs */
/** @typedef {{}} Sc_Customer_ConfirmedInputs */
/** @typedef {{}} Sc_Needs_ConfirmationInputs */
/** @typedef {{}} Sc_OptionalInputs */
/** @typedef {{ missing: NonNullable<unknown> }} Sc_PseudoInputs */
/** @typedef {{}} Sc_QualificationInputs */
/** @typedef {{}} Sc_RealInputs */
/** @typedef {{}} Sc_Sales_TrackInputs */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown> }} Sc_Ticked_ByInputs */
/** @typedef {{}} Sc_TodoInputs */
/** @typedef {{}} Search_All_ResultsInputs */
/** @typedef {{ q: NonNullable<unknown> }} Search_EmptyInputs */
/** @typedef {{}} Search_FailedInputs */
/** @typedef {{}} Search_HintInputs */
/** @typedef {{}} Search_Kind_AccountInputs */
/** @typedef {{}} Search_Kind_ChecklistInputs */
/** @typedef {{}} Search_Kind_CommentInputs */
/** @typedef {{}} Search_Kind_CompetitionInputs */
/** @typedef {{}} Search_Kind_ContactInputs */
/** @typedef {{}} Search_Kind_DealInputs */
/** @typedef {{}} Search_Kind_NotesInputs */
/** @typedef {{ name: NonNullable<unknown> }} Search_Kind_PersonInputs */
/** @typedef {{}} Search_Kind_Pullback1Inputs */
/** @typedef {{}} Search_Kind_ResourcesInputs */
/** @typedef {{}} Search_LocalInputs */
/** @typedef {{}} Search_NavInputs */
/** @typedef {{}} Search_Palette_LabelInputs */
/** @typedef {{}} Search_PlaceholderInputs */
/** @typedef {{}} Search_TitleInputs */
/** @typedef {{}} Settings_Only_ManagersInputs */
/** @typedef {{}} Settings_SavedInputs */
/** @typedef {{}} Settings_ScaleInputs */
/** @typedef {{}} Settings_Scale_ElevenInputs */
/** @typedef {{}} Settings_Scale_FiveInputs */
/** @typedef {{}} Settings_Scale_NoteInputs */
/** @typedef {{}} Settings_TitleInputs */
/** @typedef {{}} Sign_InInputs */
/** @typedef {{}} Sign_OutInputs */
/** @typedef {{}} Sign_Out_AnywayInputs */
/** @typedef {{}} Sign_Out_OfflineInputs */
/** @typedef {{ count: NonNullable<unknown> }} Sign_Out_WarningInputs */
/** @typedef {{}} Sign_Out_Warning_TitleInputs */
/** @typedef {{}} Sign_UpInputs */
/** @typedef {{}} Signup_Confirm_ButtonInputs */
/** @typedef {{ email: NonNullable<unknown>, name: NonNullable<unknown> }} Signup_Confirm_LeadInputs */
/** @typedef {{}} Signup_Confirm_TitleInputs */
/** @typedef {{}} Signup_GoneInputs */
/** @typedef {{ email: NonNullable<unknown> }} Signup_SentInputs */
/** @typedef {{}} Slash_EmptyInputs */
/** @typedef {{}} Slash_HintInputs */
/** @typedef {{}} Status_ConnectedInputs */
/** @typedef {{}} Status_ConnectingInputs */
/** @typedef {{}} Status_LostInputs */
/** @typedef {{}} Status_OfflineInputs */
/** @typedef {{}} Status_OpenInputs */
/** @typedef {{}} Status_WonInputs */
/** @typedef {{}} Stay_Signed_InInputs */
/** @typedef {{}} Sync_Closed_AuthInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Sync_Closed_ErrorInputs */
/** @typedef {{}} Sync_Closed_ForbiddenInputs */
/** @typedef {{}} Sync_DeniedInputs */
/** @typedef {{}} Sync_Paused_RateInputs */
/** @typedef {{}} Sync_Paused_ServerInputs */
/** @typedef {{}} Tb_BoldInputs */
/** @typedef {{}} Tb_BulletsInputs */
/** @typedef {{}} Tb_CodeInputs */
/** @typedef {{}} Tb_Code_BlockInputs */
/** @typedef {{}} Tb_H1Inputs */
/** @typedef {{}} Tb_H2Inputs */
/** @typedef {{}} Tb_H3Inputs */
/** @typedef {{}} Tb_ItalicInputs */
/** @typedef {{}} Tb_LinkInputs */
/** @typedef {{}} Tb_Link_PromptInputs */
/** @typedef {{}} Tb_Link_RefusedInputs */
/** @typedef {{}} Tb_NumbersInputs */
/** @typedef {{}} Tb_QuoteInputs */
/** @typedef {{}} Tb_RedoInputs */
/** @typedef {{}} Tb_RuleInputs */
/** @typedef {{}} Tb_StrikeInputs */
/** @typedef {{}} Tb_TableInputs */
/** @typedef {{}} Tb_TasksInputs */
/** @typedef {{}} Tb_UndoInputs */
/** @typedef {{}} Team_ActionsInputs */
/** @typedef {{}} Team_CopiedInputs */
/** @typedef {{}} Team_CopyInputs */
/** @typedef {{}} Team_Error_Already_InvitedInputs */
/** @typedef {{}} Team_Error_Already_MemberInputs */
/** @typedef {{}} Team_Error_ForbiddenInputs */
/** @typedef {{}} Team_Error_InvalidInputs */
/** @typedef {{}} Team_Error_Last_OwnerInputs */
/** @typedef {{}} Team_Error_Link_GoneInputs */
/** @typedef {{}} Team_Error_Not_MemberInputs */
/** @typedef {{}} Team_Error_Wrong_EmailInputs */
/** @typedef {{}} Team_ExpiresInputs */
/** @typedef {{}} Team_InviteInputs */
/** @typedef {{}} Team_Invite_Mail_OffInputs */
/** @typedef {{}} Team_Invite_Mail_OnInputs */
/** @typedef {{}} Team_Invite_TitleInputs */
/** @typedef {{ email: NonNullable<unknown> }} Team_InvitedInputs */
/** @typedef {{}} Team_Invited_ByInputs */
/** @typedef {{}} Team_JoinedInputs */
/** @typedef {{}} Team_Last_ActiveInputs */
/** @typedef {{}} Team_LeaveInputs */
/** @typedef {{}} Team_Leave_ConfirmInputs */
/** @typedef {{}} Team_LinkInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Team_Mail_FailedInputs */
/** @typedef {{}} Team_Mail_SentInputs */
/** @typedef {{ count: NonNullable<unknown> }} Team_MembersInputs */
/** @typedef {{}} Team_NameInputs */
/** @typedef {{}} Team_NeverInputs */
/** @typedef {{}} Team_PendingInputs */
/** @typedef {{}} Team_Pending_NoneInputs */
/** @typedef {{}} Team_RemoveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Remove_ConfirmInputs */
/** @typedef {{}} Team_RemovedInputs */
/** @typedef {{}} Team_Reset_LinkInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Reset_Link_MadeInputs */
/** @typedef {{}} Team_RevokeInputs */
/** @typedef {{}} Team_RoleInputs */
/** @typedef {{}} Team_Role_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Role_OfInputs */
/** @typedef {{}} Team_Share_By_HandInputs */
/** @typedef {{}} Team_TitleInputs */
/** @typedef {{}} Team_TransferInputs */
/** @typedef {{ name: NonNullable<unknown> }} Team_Transfer_ConfirmInputs */
/** @typedef {{}} Team_TransferredInputs */
/** @typedef {{}} Team_YouInputs */
/** @typedef {{}} Template_Add_CompetitorInputs */
/** @typedef {{}} Template_Add_ItemInputs */
/** @typedef {{}} Template_Add_ResourceInputs */
/** @typedef {{}} Template_Checklist_TitleInputs */
/** @typedef {{}} Template_Competitors_IntroInputs */
/** @typedef {{}} Template_Competitors_TitleInputs */
/** @typedef {{}} Template_IntroInputs */
/** @typedef {{}} Template_InvalidInputs */
/** @typedef {{}} Template_RequiredInputs */
/** @typedef {{}} Template_Resources_IntroInputs */
/** @typedef {{}} Template_Resources_TitleInputs */
/** @typedef {{}} Template_TitleInputs */
/** @typedef {{}} Ws_CreateInputs */
/** @typedef {{}} Ws_NoneInputs */
/** @typedef {{}} Ws_OpenInputs */
/** @typedef {{}} Ws_Role_ManagerInputs */
/** @typedef {{}} Ws_Role_MemberInputs */
/** @typedef {{}} Ws_Role_OwnerInputs */
/** @typedef {{}} Ws_SwitchInputs */
/** @typedef {{}} Ws_TitleInputs */
/** @typedef {{}} Your_NameInputs */


export const account_change_password = /** @type {(inputs: Account_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change password`)
};

export const account_current_password = /** @type {(inputs: Account_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current password`)
};

export const account_current_wrong = /** @type {(inputs: Account_Current_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The current password is not right. Type it again; if you forgot it, sign out and use “Forgot password”.`)
};

export const account_industry = /** @type {(inputs: Account_IndustryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Industry`)
};

export const account_last_seen = /** @type {(inputs: Account_Last_SeenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`last active ${i?.when}`)
};

export const account_locale_browser = /** @type {(inputs: Account_Locale_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Follow the browser`)
};

export const account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company name`)
};

export const account_new_password = /** @type {(inputs: Account_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New password`)
};

export const account_password = /** @type {(inputs: Account_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password`)
};

export const account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Password changed. Signed out on ${i?.count} other devices or browsers.`)
};

export const account_profile = /** @type {(inputs: Account_ProfileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Profile`)
};

export const account_sessions = /** @type {(inputs: Account_SessionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where you are signed in`)
};

export const account_sign_out_others = /** @type {(inputs: Account_Sign_Out_OthersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out everywhere else`)
};

export const account_signed_out_others = /** @type {(inputs: Account_Signed_Out_OthersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signed out on ${i?.count} other devices or browsers.`)
};

export const account_this_device = /** @type {(inputs: Account_This_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this browser`)
};

export const account_title = /** @type {(inputs: Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account`)
};

export const account_unknown_device = /** @type {(inputs: Account_Unknown_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown device`)
};

export const add_member = /** @type {(inputs: Add_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add to deal`)
};

export const app_name = /** @type {(inputs: App_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal rooms`)
};

export const back_to_deals = /** @type {(inputs: Back_To_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to deals`)
};

export const block_checklist = /** @type {(inputs: Block_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage checklist`)
};

export const block_competition = /** @type {(inputs: Block_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competition`)
};

export const block_copy_report = /** @type {(inputs: Block_Copy_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy a report`)
};

export const block_failed = /** @type {(inputs: Block_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This block could not be shown: its data is damaged. The rest of the deal works as usual; copy the report below and send it to whoever runs your deal rooms.`)
};

export const block_heatmap = /** @type {(inputs: Block_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support heatmap`)
};

export const block_missing = /** @type {(inputs: Block_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This block's data is not here yet.`)
};

export const block_objective = /** @type {(inputs: Block_ObjectiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Single sales objective`)
};

export const block_position = /** @type {(inputs: Block_PositionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Position`)
};

export const block_pull_back = /** @type {(inputs: Block_Pull_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pull-back plan`)
};

export const block_resources = /** @type {(inputs: Block_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources plan`)
};

export const block_retry = /** @type {(inputs: Block_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again`)
};

export const block_role_table = /** @type {(inputs: Block_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role analysis table`)
};

export const block_text = /** @type {(inputs: Block_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text`)
};

export const cancel = /** @type {(inputs: CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

export const close = /** @type {(inputs: CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close`)
};

export const comment_add = /** @type {(inputs: Comment_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

export const comment_block = /** @type {(inputs: Comment_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Block`)
};

export const comment_delete = /** @type {(inputs: Comment_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete`)
};

export const comment_delete_confirm = /** @type {(inputs: Comment_Delete_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete this comment?`)
};

export const comment_deleted = /** @type {(inputs: Comment_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This comment was deleted.`)
};

export const comment_edit = /** @type {(inputs: Comment_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Edit`)
};

export const comment_edited = /** @type {(inputs: Comment_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`edited`)
};

export const comment_hide_resolved = /** @type {(inputs: Comment_Hide_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hide resolved`)
};

export const comment_hint = /** @type {(inputs: Comment_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`@ to mention · Ctrl+Enter to send`)
};

export const comment_mention = /** @type {(inputs: Comment_MentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mention a teammate`)
};

export const comment_offline = /** @type {(inputs: Comment_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are offline. New comments are kept on this device and sent when you reconnect; editing, deleting and resolving need a connection.`)
};

export const comment_on_deal = /** @type {(inputs: Comment_On_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On the whole deal`)
};

export const comment_on_row = /** @type {(inputs: Comment_On_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role-table row`)
};

export const comment_on_selection = /** @type {(inputs: Comment_On_SelectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment on selection`)
};

export const comment_outbox = /** @type {(inputs: Comment_OutboxInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} waiting to send`)
};

export const comment_pending = /** @type {(inputs: Comment_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`waiting to send`)
};

export const comment_placeholder = /** @type {(inputs: Comment_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write a comment…`)
};

export const comment_question = /** @type {(inputs: Comment_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Question`)
};

export const comment_refused = /** @type {(inputs: Comment_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server refused this: ${i?.reason}`)
};

export const comment_reopen = /** @type {(inputs: Comment_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reopen`)
};

export const comment_reply = /** @type {(inputs: Comment_ReplyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reply`)
};

export const comment_reply_placeholder = /** @type {(inputs: Comment_Reply_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reply…`)
};

export const comment_resolve = /** @type {(inputs: Comment_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve`)
};

export const comment_resolved_by = /** @type {(inputs: Comment_Resolved_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Resolved by ${i?.name}`)
};

export const comment_row = /** @type {(inputs: Comment_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Person`)
};

export const comment_send = /** @type {(inputs: Comment_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

export const comment_show_resolved = /** @type {(inputs: Comment_Show_ResolvedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.count} resolved`)
};

export const comment_text_gone = /** @type {(inputs: Comment_Text_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the text was deleted`)
};

export const comment_unread = /** @type {(inputs: Comment_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unread`)
};

export const comment_unread_count = /** @type {(inputs: Comment_Unread_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} new`)
};

export const comments_empty = /** @type {(inputs: Comments_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No comments yet.`)
};

export const comments_empty_can = /** @type {(inputs: Comments_Empty_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No comments yet. Select text, or use 💬 on a block or a person, to start a thread.`)
};

export const comments_loading = /** @type {(inputs: Comments_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading comments…`)
};

export const comments_title = /** @type {(inputs: Comments_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comments`)
};

export const comp_add = /** @type {(inputs: Comp_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a competitor`)
};

export const comp_add_named = /** @type {(inputs: Comp_Add_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add ${i?.name}`)
};

export const comp_empty = /** @type {(inputs: Comp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No competitor listed yet.`)
};

export const comp_home_court = /** @type {(inputs: Comp_Home_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Whose home court`)
};

export const comp_name = /** @type {(inputs: Comp_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitor`)
};

export const comp_named_elsewhere = /** @type {(inputs: Comp_Named_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Named in the pull-back plan or the workspace’s list:`)
};

export const comp_notes = /** @type {(inputs: Comp_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes`)
};

export const comp_price = /** @type {(inputs: Comp_PriceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer uses them to push our price down`)
};

export const comp_remove = /** @type {(inputs: Comp_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove competitor`)
};

export const comp_response = /** @type {(inputs: Comp_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How to respond`)
};

export const comp_tender = /** @type {(inputs: Comp_TenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tender (RFP)`)
};

export const copied = /** @type {(inputs: CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied`)
};

export const copy_local_version = /** @type {(inputs: Copy_Local_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy my version`)
};

export const create_account = /** @type {(inputs: Create_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create account`)
};

export const create_deal = /** @type {(inputs: Create_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create deal`)
};

export const deal_account = /** @type {(inputs: Deal_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const deal_amount = /** @type {(inputs: Deal_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amount`)
};

export const deal_close_date = /** @type {(inputs: Deal_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expected close date`)
};

export const deal_currency = /** @type {(inputs: Deal_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Currency`)
};

export const deal_members = /** @type {(inputs: Deal_MembersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal team`)
};

export const deal_owner = /** @type {(inputs: Deal_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const deal_title = /** @type {(inputs: Deal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Title`)
};

export const deals_all_stages = /** @type {(inputs: Deals_All_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All stages`)
};

export const deals_col_account = /** @type {(inputs: Deals_Col_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const deals_col_amount = /** @type {(inputs: Deals_Col_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amount`)
};

export const deals_col_close = /** @type {(inputs: Deals_Col_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close date`)
};

export const deals_col_flags = /** @type {(inputs: Deals_Col_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warnings`)
};

export const deals_col_owner = /** @type {(inputs: Deals_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const deals_col_role = /** @type {(inputs: Deals_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role`)
};

export const deals_col_stage = /** @type {(inputs: Deals_Col_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage`)
};

export const deals_col_status = /** @type {(inputs: Deals_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const deals_col_temperature = /** @type {(inputs: Deals_Col_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temp.`)
};

export const deals_col_title = /** @type {(inputs: Deals_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal`)
};

export const deals_empty = /** @type {(inputs: Deals_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No deals yet. Create the first one to open its deal room.`)
};

export const deals_sort = /** @type {(inputs: Deals_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sort by`)
};

export const deals_sort_updated = /** @type {(inputs: Deals_Sort_UpdatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last updated`)
};

export const deals_title = /** @type {(inputs: Deals_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

export const diag_all_clear = /** @type {(inputs: Diag_All_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No warning signs.`)
};

export const diag_no_remedy = /** @type {(inputs: Diag_No_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no next action yet`)
};

export const diag_remedy = /** @type {(inputs: Diag_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next action`)
};

export const diag_title = /** @type {(inputs: Diag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnosis`)
};

export const diag_weighted = /** @type {(inputs: Diag_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weighted support`)
};

export const editor_label = /** @type {(inputs: Editor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal notes and blocks`)
};

export const email = /** @type {(inputs: EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email`)
};

export const error_credentials = /** @type {(inputs: Error_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That email and password do not match. Check both and try again.`)
};

export const error_email_taken = /** @type {(inputs: Error_Email_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An account with this email already exists. Sign in instead.`)
};

export const error_generic = /** @type {(inputs: Error_GenericInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong. Try again; if it keeps happening, reload the page.`)
};

export const error_invalid_email = /** @type {(inputs: Error_Invalid_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a valid email address.`)
};

export const error_password_short = /** @type {(inputs: Error_Password_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use at least ${i?.min} characters for your password.`)
};

export const error_rate_limited = /** @type {(inputs: Error_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Too many sign-in attempts. Wait ${i?.minutes} minutes, then try again.`)
};

export const error_required = /** @type {(inputs: Error_RequiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fill in ${i?.field}.`)
};

export const export_account = /** @type {(inputs: Export_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const export_amount = /** @type {(inputs: Export_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amount`)
};

export const export_close_date = /** @type {(inputs: Export_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expected close`)
};

export const export_csv = /** @type {(inputs: Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export CSV`)
};

export const export_currency = /** @type {(inputs: Export_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Currency`)
};

export const export_markdown = /** @type {(inputs: Export_MarkdownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markdown (.md)`)
};

export const export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

export const export_open_threads = /** @type {(inputs: Export_Open_ThreadsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open comment threads`)
};

export const export_owner = /** @type {(inputs: Export_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal owner`)
};

export const export_print = /** @type {(inputs: Export_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PDF (print)`)
};

export const export_status = /** @type {(inputs: Export_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forgot password?`)
};

export const forgot_no_mail = /** @type {(inputs: Forgot_No_MailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server cannot send mail. Ask an owner of your workspace for a reset link: they make one on the members page.`)
};

export const forgot_rate_limited = /** @type {(inputs: Forgot_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many reset requests from this network. Wait an hour, then try again.`)
};

export const forgot_send = /** @type {(inputs: Forgot_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send me a reset link`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If an account exists for that address, we have sent it a link to reset the password. The link works once, for one hour.`)
};

export const forgot_title = /** @type {(inputs: Forgot_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset your password`)
};

export const full_width = /** @type {(inputs: Full_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full width`)
};

export const here_now = /** @type {(inputs: Here_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Here now`)
};

export const hist_action_added = /** @type {(inputs: Hist_Action_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} added`)
};

export const hist_action_done = /** @type {(inputs: Hist_Action_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} done`)
};

export const hist_action_removed = /** @type {(inputs: Hist_Action_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} removed`)
};

export const hist_action_reopened = /** @type {(inputs: Hist_Action_ReopenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`action ${i?.text} reopened`)
};

export const hist_answers_changed = /** @type {(inputs: Hist_Answers_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}'s answers changed`)
};

export const hist_block_added = /** @type {(inputs: Hist_Block_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`block added`)
};

export const hist_block_removed = /** @type {(inputs: Hist_Block_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`block removed`)
};

export const hist_blocks_changed = /** @type {(inputs: Hist_Blocks_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`blocks changed: ${i?.count}`)
};

export const hist_by = /** @type {(inputs: Hist_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`by ${i?.names}`)
};

export const hist_close = /** @type {(inputs: Hist_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close history`)
};

export const hist_competitor_added = /** @type {(inputs: Hist_Competitor_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`competitor ${i?.name} added`)
};

export const hist_competitor_changed = /** @type {(inputs: Hist_Competitor_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`competitor ${i?.name} changed`)
};

export const hist_competitor_removed = /** @type {(inputs: Hist_Competitor_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`competitor ${i?.name} removed`)
};

export const hist_confirmed = /** @type {(inputs: Hist_ConfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} confirmed by the customer`)
};

export const hist_current_label = /** @type {(inputs: Hist_Current_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

export const hist_diff_title = /** @type {(inputs: Hist_Diff_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changes from this version to now`)
};

export const hist_empty = /** @type {(inputs: Hist_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No versions yet. The server keeps one a couple of minutes after edits stop, on every stage change and before every restore; editors can name one now.`)
};

export const hist_export_version = /** @type {(inputs: Hist_Export_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export this version (.md)`)
};

export const hist_failed = /** @type {(inputs: Hist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not load the history. Check the connection and try again.`)
};

export const hist_key_person_added = /** @type {(inputs: Hist_Key_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`key person ${i?.name} added`)
};

export const hist_key_person_removed = /** @type {(inputs: Hist_Key_Person_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`key person ${i?.name} removed`)
};

export const hist_kind_auto = /** @type {(inputs: Hist_Kind_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Automatic`)
};

export const hist_kind_beforerestore1 = /** @type {(inputs: Hist_Kind_Beforerestore1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before a restore`)
};

export const hist_kind_named = /** @type {(inputs: Hist_Kind_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Named`)
};

export const hist_kind_restore = /** @type {(inputs: Hist_Kind_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore`)
};

export const hist_kind_stage = /** @type {(inputs: Hist_Kind_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage changed`)
};

export const hist_loading = /** @type {(inputs: Hist_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading history…`)
};

export const hist_name_label = /** @type {(inputs: Hist_Name_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name this version`)
};

export const hist_name_placeholder = /** @type {(inputs: Hist_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Before QBR`)
};

export const hist_name_save = /** @type {(inputs: Hist_Name_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save version`)
};

export const hist_named = /** @type {(inputs: Hist_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Version saved.`)
};

export const hist_no_changes = /** @type {(inputs: Hist_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing differs from now.`)
};

export const hist_nobody = /** @type {(inputs: Hist_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no edits by people`)
};

export const hist_only_editors = /** @type {(inputs: Hist_Only_EditorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only editors of this deal can restore.`)
};

export const hist_open = /** @type {(inputs: Hist_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`History`)
};

export const hist_person_added = /** @type {(inputs: Hist_Person_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} added`)
};

export const hist_person_removed = /** @type {(inputs: Hist_Person_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} removed`)
};

export const hist_resource_added = /** @type {(inputs: Hist_Resource_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource ${i?.who} added`)
};

export const hist_resource_changed = /** @type {(inputs: Hist_Resource_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource ${i?.who} changed`)
};

export const hist_resource_removed = /** @type {(inputs: Hist_Resource_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`resource ${i?.who} removed`)
};

export const hist_restore_all = /** @type {(inputs: Hist_Restore_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore this version`)
};

export const hist_restore_block = /** @type {(inputs: Hist_Restore_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore only this block`)
};

export const hist_restore_confirm = /** @type {(inputs: Hist_Restore_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore the whole deal to this version? It is written as a new change that everyone sees; you can undo it.`)
};

export const hist_restore_failed = /** @type {(inputs: Hist_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The restore did not go through: ${i?.reason}`)
};

export const hist_restore_refused_frozen = /** @type {(inputs: Hist_Restore_Refused_FrozenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This deal is closed: its history can be read, not restored.`)
};

export const hist_restored = /** @type {(inputs: Hist_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restored. Everyone sees it now.`)
};

export const hist_retry = /** @type {(inputs: Hist_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again`)
};

export const hist_summary = /** @type {(inputs: Hist_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`+${i?.added} / −${i?.removed} characters`)
};

export const hist_tactic_off = /** @type {(inputs: Hist_Tactic_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tactic ${i?.tactic} dropped`)
};

export const hist_tactic_on = /** @type {(inputs: Hist_Tactic_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tactic ${i?.tactic} chosen`)
};

export const hist_text_changes = /** @type {(inputs: Hist_Text_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text`)
};

export const hist_ticked = /** @type {(inputs: Hist_TickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} ticked`)
};

export const hist_title = /** @type {(inputs: Hist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`History`)
};

export const hist_unconfirmed = /** @type {(inputs: Hist_UnconfirmedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} no longer confirmed by the customer`)
};

export const hist_undo_restore = /** @type {(inputs: Hist_Undo_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo restore`)
};

export const hist_unticked = /** @type {(inputs: Hist_UntickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} unticked`)
};

export const hist_viewing = /** @type {(inputs: Hist_ViewingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Version of ${i?.date} (read-only)`)
};

export const hm_by_change = /** @type {(inputs: Hm_By_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By change`)
};

export const hm_by_day = /** @type {(inputs: Hm_By_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By day`)
};

export const hm_grid = /** @type {(inputs: Hm_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Influence × support`)
};

export const hm_no_history = /** @type {(inputs: Hm_No_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No support changes recorded yet.`)
};

export const hm_no_source = /** @type {(inputs: Hm_No_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a role analysis table to this deal first.`)
};

export const hm_timeline = /** @type {(inputs: Hm_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support over time`)
};

export const import_accounts = /** @type {(inputs: Import_AccountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accounts`)
};

export const import_another = /** @type {(inputs: Import_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import another file`)
};

export const import_col_column = /** @type {(inputs: Import_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column in the file`)
};

export const import_col_field = /** @type {(inputs: Import_Col_FieldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imported as`)
};

export const import_col_happens = /** @type {(inputs: Import_Col_HappensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happens`)
};

export const import_col_problems = /** @type {(inputs: Import_Col_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to fix`)
};

export const import_col_row = /** @type {(inputs: Import_Col_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Row`)
};

export const import_col_sample = /** @type {(inputs: Import_Col_SampleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Values in it`)
};

export const import_commit = /** @type {(inputs: Import_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Import ${i?.rows} rows`)
};

export const import_commit_skips = /** @type {(inputs: Import_Commit_SkipsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with errors will be left out: fix them in the file and import it again to bring them in.`)
};

export const import_contacts = /** @type {(inputs: Import_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

export const import_count_line = /** @type {(inputs: Import_Count_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.create} new · ${i?.update} updated · ${i?.unchanged} unchanged`)
};

export const import_date_order = /** @type {(inputs: Import_Date_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates written as`)
};

export const import_deals = /** @type {(inputs: Import_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

export const import_default_currency = /** @type {(inputs: Import_Default_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Currency when none is given`)
};

export const import_delimiter = /** @type {(inputs: Import_DelimiterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Values separated by`)
};

export const import_delimiter_auto = /** @type {(inputs: Import_Delimiter_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find out from the file`)
};

export const import_delimiter_comma = /** @type {(inputs: Import_Delimiter_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`comma`)
};

export const import_delimiter_pipe = /** @type {(inputs: Import_Delimiter_PipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vertical bar`)
};

export const import_delimiter_semicolon = /** @type {(inputs: Import_Delimiter_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`semicolon`)
};

export const import_delimiter_tab = /** @type {(inputs: Import_Delimiter_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tab`)
};

export const import_discard = /** @type {(inputs: Import_DiscardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Discard this file`)
};

export const import_drop = /** @type {(inputs: Import_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop a CSV file here, or click to choose one`)
};

export const import_drop_hint = /** @type {(inputs: Import_Drop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exports of accounts, contacts, deals/opportunities, or one file with all three. UTF-8 or GBK, up to 50 MB and 100,000 rows.`)
};

export const import_error_busy = /** @type {(inputs: Import_Error_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another import of this workspace is running (or being undone). Wait until it has finished, then try again.`)
};

export const import_error_empty = /** @type {(inputs: Import_Error_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file is empty.`)
};

export const import_error_encoding = /** @type {(inputs: Import_Error_EncodingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part of the file is not readable text. Save it again as CSV (UTF-8) and read it again.`)
};

export const import_error_network = /** @type {(inputs: Import_Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection was lost. Check it and try again.`)
};

export const import_error_no_rows = /** @type {(inputs: Import_Error_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file has a header but no rows.`)
};

export const import_error_not_found = /** @type {(inputs: Import_Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This import does not exist in your workspace (any more).`)
};

export const import_error_one_column = /** @type {(inputs: Import_Error_One_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only one column was found. The values are probably separated by something else: choose the separator under “Values separated by” and read the file again.`)
};

export const import_error_request = /** @type {(inputs: Import_Error_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request was refused. Reload the page and try again.`)
};

export const import_error_row_too_long = /** @type {(inputs: Import_Error_Row_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} is longer than a million characters. Check the file: is it a CSV export? Nothing was imported.`)
};

export const import_error_rows = /** @type {(inputs: Import_Error_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows with errors`)
};

export const import_error_rows_line = /** @type {(inputs: Import_Error_Rows_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with errors are left out`)
};

export const import_error_server = /** @type {(inputs: Import_Error_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file could not be read because of a problem on our side. Try again in a moment.`)
};

export const import_error_signed_out = /** @type {(inputs: Import_Error_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session has ended. Sign in again, then choose the file again.`)
};

export const import_error_started = /** @type {(inputs: Import_Error_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This import has already been started or finished meanwhile: the page now shows where it stands.`)
};

export const import_error_too_large = /** @type {(inputs: Import_Error_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file is larger than 50 MB. Split it into smaller files (for example by year or owner) and import them one after another.`)
};

export const import_error_too_many_columns = /** @type {(inputs: Import_Error_Too_Many_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The file has more than ${i?.limit} columns. Export only the columns you need.`)
};

export const import_error_too_many_rows = /** @type {(inputs: Import_Error_Too_Many_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The file has more than ${i?.limit} rows. Split it into smaller files and import them one after another.`)
};

export const import_error_unclosed_quote = /** @type {(inputs: Import_Error_Unclosed_QuoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} opens a quote that is never closed, so everything after it would be read as one value. Close or remove the quote in the file and read it again. Nothing was imported.`)
};

export const import_field_for = /** @type {(inputs: Import_Field_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`What the column “${i?.column}” holds`)
};

export const import_field_none = /** @type {(inputs: Import_Field_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— not imported —`)
};

export const import_file_facts = /** @type {(inputs: Import_File_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: ${i?.rows} rows, ${i?.encoding}, separated by “${i?.delimiter}”`)
};

export const import_intro = /** @type {(inputs: Import_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bring accounts, contacts and deals into ${i?.workspace} from a Salesforce or HubSpot export (or any CSV): check how the columns are read, see what each row will do, then import. An import can be undone as a whole.`)
};

export const import_may_leave = /** @type {(inputs: Import_May_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can leave this page: the import goes on, and this page shows where it stands when you come back.`)
};

export const import_not_allowed = /** @type {(inputs: Import_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only owners and managers of the workspace can import. Ask one of them to import the file, or to make you a manager.`)
};

export const import_number_format = /** @type {(inputs: Import_Number_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amounts written as`)
};

export const import_only_problems = /** @type {(inputs: Import_Only_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only rows with errors or warnings`)
};

export const import_preview = /** @type {(inputs: Import_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview the import`)
};

export const import_problem_contactneedsaccount2 = /** @type {(inputs: Import_Problem_Contactneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts need an account: choose the column that holds the account (company) name.`)
};

export const import_problem_currency = /** @type {(inputs: Import_Problem_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The currency for amounts without one needs a three-letter code, such as USD or CNY.`)
};

export const import_problem_dealneedsaccount2 = /** @type {(inputs: Import_Problem_Dealneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals need an account: choose the column that holds the account (company) name.`)
};

export const import_problem_dealneedstitle2 = /** @type {(inputs: Import_Problem_Dealneedstitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals need a name: choose the column that holds the deal (opportunity) name.`)
};

export const import_problem_nothingmapped1 = /** @type {(inputs: Import_Problem_Nothingmapped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No column is imported yet: choose what at least one column holds (an account name, a deal name or a contact).`)
};

export const import_progress = /** @type {(inputs: Import_ProgressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done} of ${i?.total} rows.`)
};

export const import_recent = /** @type {(inputs: Import_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recent imports`)
};

export const import_recent_line = /** @type {(inputs: Import_Recent_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.rows} rows · ${i?.by} · ${i?.when}`)
};

export const import_row_skipped = /** @type {(inputs: Import_Row_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Left out:`)
};

export const import_rows_shown = /** @type {(inputs: Import_Rows_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The first rows and those with problems are shown (${i?.shown} of ${i?.total}).`)
};

export const import_run_problem = /** @type {(inputs: Import_Run_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The import stopped on a database error and will be retried: ${i?.problem}`)
};

export const import_stage_for = /** @type {(inputs: Import_Stage_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Our stage for “${i?.value}”`)
};

export const import_stage_lost = /** @type {(inputs: Import_Stage_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost`)
};

export const import_stage_unmapped = /** @type {(inputs: Import_Stage_UnmappedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— choose a stage —`)
};

export const import_stage_won = /** @type {(inputs: Import_Stage_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Won (order confirmed)`)
};

export const import_stages = /** @type {(inputs: Import_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stages`)
};

export const import_stages_hint = /** @type {(inputs: Import_Stages_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each stage value in the file, and our stage it stands for. Earlier stages' exit criteria are ticked for the deal, marked as imported, to be checked with the customer.`)
};

export const import_status_imported = /** @type {(inputs: Import_Status_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imported`)
};

export const import_status_importing = /** @type {(inputs: Import_Status_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importing…`)
};

export const import_status_undoing = /** @type {(inputs: Import_Status_UndoingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undoing the import…`)
};

export const import_status_undone = /** @type {(inputs: Import_Status_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undone`)
};

export const import_status_uploaded = /** @type {(inputs: Import_Status_UploadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read, not imported yet`)
};

export const import_step_map = /** @type {(inputs: Import_Step_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2. Check the columns`)
};

export const import_step_preview = /** @type {(inputs: Import_Step_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`3. What the import will do`)
};

export const import_step_upload = /** @type {(inputs: Import_Step_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1. Choose a file`)
};

export const import_title = /** @type {(inputs: Import_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import from CSV`)
};

export const import_undo = /** @type {(inputs: Import_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo this import`)
};

export const import_undo_confirm = /** @type {(inputs: Import_Undo_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undo the import of ${i?.file}? Deals, contacts and accounts it created are removed, unless someone has worked on them since; fields it changed are set back.`)
};

export const import_undo_summary = /** @type {(inputs: Import_Undo_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undone: ${i?.removed} removed, ${i?.restored} set back, ${i?.kept} kept because someone has worked on them since.`)
};

export const import_upload = /** @type {(inputs: Import_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read the file`)
};

export const import_uploading = /** @type {(inputs: Import_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the file…`)
};

export const import_working = /** @type {(inputs: Import_WorkingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working…`)
};

export const inbox_empty = /** @type {(inputs: Inbox_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing here yet: mentions of you and replies to your threads show up here.`)
};

export const inbox_mention = /** @type {(inputs: Inbox_MentionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} mentioned you`)
};

export const inbox_reply = /** @type {(inputs: Inbox_ReplyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} replied`)
};

export const inbox_title = /** @type {(inputs: Inbox_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inbox`)
};

export const inbox_unread = /** @type {(inputs: Inbox_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} unread`)
};

export const invite_ask = /** @type {(inputs: Invite_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the person who invited you to send a new invitation.`)
};

export const invite_expired = /** @type {(inputs: Invite_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation link has expired.`)
};

export const invite_from = /** @type {(inputs: Invite_FromInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} invited you as ${i?.role}.`)
};

export const invite_gone_title = /** @type {(inputs: Invite_Gone_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation cannot be used`)
};

export const invite_has_account = /** @type {(inputs: Invite_Has_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An account with this email already exists. Sign in to join instead.`)
};

export const invite_join = /** @type {(inputs: Invite_JoinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Join ${i?.workspace}`)
};

export const invite_other_address = /** @type {(inputs: Invite_Other_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You are signed in as ${i?.email}, but this invitation was sent to another address. Sign out and open the link again, or ask for an invitation to ${i?.email}.`)
};

export const invite_revoked = /** @type {(inputs: Invite_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation was revoked.`)
};

export const invite_signin_instead = /** @type {(inputs: Invite_Signin_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in instead`)
};

export const invite_signin_join = /** @type {(inputs: Invite_Signin_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in and join`)
};

export const invite_signup_instead = /** @type {(inputs: Invite_Signup_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create a new account instead`)
};

export const invite_signup_join = /** @type {(inputs: Invite_Signup_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create account and join`)
};

export const invite_title = /** @type {(inputs: Invite_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Join ${i?.workspace}`)
};

export const invite_unknown = /** @type {(inputs: Invite_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation link is not valid. Check that you copied all of it.`)
};

export const invite_used = /** @type {(inputs: Invite_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation link has already been used.`)
};

export const language = /** @type {(inputs: LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const loading_document = /** @type {(inputs: Loading_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the deal room…`)
};

export const login_demo_hint = /** @type {(inputs: Login_Demo_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo: alice@demo.test, bob@demo.test, maya@demo.test or victor@demo.test, password demo-password.`)
};

export const login_have_account = /** @type {(inputs: Login_Have_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Already have an account?`)
};

export const login_no_account = /** @type {(inputs: Login_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No account yet?`)
};

export const login_title = /** @type {(inputs: Login_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to your deal rooms`)
};

export const mail_invite_body = /** @type {(inputs: Mail_Invite_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} invited you to join the workspace “${i?.workspace}” on Deal rooms.

Open this link to join:
${i?.link}

The link works once and expires on ${i?.expires}. If you did not expect this invitation, you can ignore this mail.`)
};

export const mail_invite_subject = /** @type {(inputs: Mail_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} invited you to ${i?.workspace} on Deal rooms`)
};

export const mail_reset_body = /** @type {(inputs: Mail_Reset_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Someone asked to reset the password of your Deal rooms account.

Open this link to choose a new password (it works once, for one hour):
${i?.link}

If it was not you, ignore this mail: your password stays as it is.`)
};

export const mail_reset_subject = /** @type {(inputs: Mail_Reset_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset your Deal rooms password`)
};

export const mail_signup_body = /** @type {(inputs: Mail_Signup_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Someone (we hope you) signed up for Deal rooms with this address.

Open this link to finish creating your account (it works once, for 24 hours):
${i?.link}

If it was not you, ignore this mail: no account is created.`)
};

export const mail_signup_existing_body = /** @type {(inputs: Mail_Signup_Existing_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Someone (we hope you) tried to sign up for Deal rooms with this address, which already has an account. No new account was created.

Sign in: ${i?.signin}
Forgot your password? ${i?.forgot}

If it was not you, ignore this mail: nothing has changed.`)
};

export const mail_signup_existing_subject = /** @type {(inputs: Mail_Signup_Existing_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You already have a Deal rooms account`)
};

export const mail_signup_subject = /** @type {(inputs: Mail_Signup_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finish creating your Deal rooms account`)
};

export const mark_lost = /** @type {(inputs: Mark_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark lost`)
};

export const mark_won = /** @type {(inputs: Mark_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark won`)
};

export const member = /** @type {(inputs: MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Member`)
};

export const member_added = /** @type {(inputs: Member_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is now ${i?.role} on this deal.`)
};

export const nav_deals = /** @type {(inputs: Nav_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

export const nav_import = /** @type {(inputs: Nav_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import`)
};

export const nav_inbox = /** @type {(inputs: Nav_InboxInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inbox`)
};

export const nav_main = /** @type {(inputs: Nav_MainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Main`)
};

export const nav_menu = /** @type {(inputs: Nav_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Menu`)
};

export const nav_new_account = /** @type {(inputs: Nav_New_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New account`)
};

export const nav_new_deal = /** @type {(inputs: Nav_New_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New deal`)
};

export const nav_pipeline = /** @type {(inputs: Nav_PipelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pipeline review`)
};

export const nav_settings = /** @type {(inputs: Nav_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const new_account_title = /** @type {(inputs: New_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New account`)
};

export const new_deal_title = /** @type {(inputs: New_Deal_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New deal`)
};

export const no_access = /** @type {(inputs: No_AccessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have no access to this deal. Ask its owner to add you.`)
};

export const no_accounts = /** @type {(inputs: No_AccountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create an account (the customer company) first.`)
};

export const not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page does not exist.`)
};

export const nq_answered = /** @type {(inputs: Nq_AnsweredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answered`)
};

export const nq_comment = /** @type {(inputs: Nq_CommentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comment on question ${i?.n}`)
};

export const nq_comments_count = /** @type {(inputs: Nq_Comments_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comments: ${i?.count}`)
};

export const nq_loading = /** @type {(inputs: Nq_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the deal room…`)
};

export const nq_missing = /** @type {(inputs: Nq_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing`)
};

export const nq_missing_label = /** @type {(inputs: Nq_Missing_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing`)
};

export const nq_next_label = /** @type {(inputs: Nq_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to do next`)
};

export const nq_open = /** @type {(inputs: Nq_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nine questions`)
};

export const nq_partly = /** @type {(inputs: Nq_PartlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partly`)
};

export const nq_score = /** @type {(inputs: Nq_ScoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.score} of ${i?.total} answered`)
};

export const nq_title = /** @type {(inputs: Nq_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The nine questions 赢单九问`)
};

export const obj_incomplete = /** @type {(inputs: Obj_IncompleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fill in every part: a precise objective is what the whole plan aims at.`)
};

export const obj_quantity = /** @type {(inputs: Obj_QuantityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quantity`)
};

export const obj_revenue = /** @type {(inputs: Obj_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revenue`)
};

export const obj_what = /** @type {(inputs: Obj_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

export const obj_when = /** @type {(inputs: Obj_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By when`)
};

export const obj_whom = /** @type {(inputs: Obj_WhomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To whom`)
};

export const offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are offline. Deals you opened on this device can be read and edited; your changes are saved when the connection returns.`)
};

export const offline_unavailable = /** @type {(inputs: Offline_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page needs a connection to the server and is not available offline.`)
};

export const only_managers_add = /** @type {(inputs: Only_Managers_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the deal owner, a workspace owner or a manager can change who is on this deal.`)
};

export const only_managers_reopen = /** @type {(inputs: Only_Managers_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a workspace owner or manager can reopen a closed deal.`)
};

export const password = /** @type {(inputs: PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password`)
};

export const pb_action_done = /** @type {(inputs: Pb_Action_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Done`)
};

export const pb_actions = /** @type {(inputs: Pb_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Action items`)
};

export const pb_add_action = /** @type {(inputs: Pb_Add_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add action`)
};

export const pb_add_person = /** @type {(inputs: Pb_Add_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a person from the role table`)
};

export const pb_buyer = /** @type {(inputs: Pb_BuyerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The buyer alone`)
};

export const pb_competitor = /** @type {(inputs: Pb_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitor`)
};

export const pb_competitor_name = /** @type {(inputs: Pb_Competitor_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitor name`)
};

export const pb_current = /** @type {(inputs: Pb_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the buyer stands now`)
};

export const pb_key_people = /** @type {(inputs: Pb_Key_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key people to meet`)
};

export const pb_no_role_table = /** @type {(inputs: Pb_No_Role_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add people to the role analysis table to pick key people.`)
};

export const pb_not_set = /** @type {(inputs: Pb_Not_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— not set —`)
};

export const pb_shaped_by = /** @type {(inputs: Pb_Shaped_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shaped by`)
};

export const pb_suggested = /** @type {(inputs: Pb_SuggestedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suggested move`)
};

export const pb_tactics = /** @type {(inputs: Pb_TacticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tactics`)
};

export const pb_target = /** @type {(inputs: Pb_TargetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pull back to`)
};

export const pb_us = /** @type {(inputs: Pb_UsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Us`)
};

export const pl_all_stages = /** @type {(inputs: Pl_All_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All stages`)
};

export const pl_amount = /** @type {(inputs: Pl_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amount`)
};

export const pl_board = /** @type {(inputs: Pl_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Board`)
};

export const pl_ch_added = /** @type {(inputs: Pl_Ch_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`added`)
};

export const pl_ch_advanced = /** @type {(inputs: Pl_Ch_AdvancedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`advanced`)
};

export const pl_ch_amount = /** @type {(inputs: Pl_Ch_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`amount`)
};

export const pl_ch_date = /** @type {(inputs: Pl_Ch_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`close date`)
};

export const pl_ch_lost = /** @type {(inputs: Pl_Ch_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost`)
};

export const pl_ch_questions = /** @type {(inputs: Pl_Ch_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`9 questions`)
};

export const pl_ch_questions_detail = /** @type {(inputs: Pl_Ch_Questions_DetailInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to} answered since the last review`)
};

export const pl_ch_removed = /** @type {(inputs: Pl_Ch_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gone`)
};

export const pl_ch_slipped = /** @type {(inputs: Pl_Ch_SlippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`slipped`)
};

export const pl_ch_won = /** @type {(inputs: Pl_Ch_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`won`)
};

export const pl_close = /** @type {(inputs: Pl_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close date`)
};

export const pl_comment_on = /** @type {(inputs: Pl_Comment_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment on`)
};

export const pl_compare_with = /** @type {(inputs: Pl_Compare_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare with`)
};

export const pl_deal = /** @type {(inputs: Pl_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal`)
};

export const pl_empty = /** @type {(inputs: Pl_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No open deals yet. Create one from Deals.`)
};

export const pl_everyone = /** @type {(inputs: Pl_EveryoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everyone`)
};

export const pl_fallback = /** @type {(inputs: Pl_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your rate`)
};

export const pl_flags = /** @type {(inputs: Pl_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnosis`)
};

export const pl_flow = /** @type {(inputs: Pl_FlowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Since last review`)
};

export const pl_flow_advanced = /** @type {(inputs: Pl_Flow_AdvancedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`advanced from ${i?.from}`)
};

export const pl_flow_new = /** @type {(inputs: Pl_Flow_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`new`)
};

export const pl_flow_slipped = /** @type {(inputs: Pl_Flow_SlippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`slipped back from ${i?.from}`)
};

export const pl_flow_stalled = /** @type {(inputs: Pl_Flow_StalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`stalled ${i?.days} days`)
};

export const pl_forecast = /** @type {(inputs: Pl_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weighted forecast`)
};

export const pl_from_history = /** @type {(inputs: Pl_From_HistoryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`history, ${i?.count} closed`)
};

export const pl_funnel = /** @type {(inputs: Pl_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnel`)
};

export const pl_list = /** @type {(inputs: Pl_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List`)
};

export const pl_month = /** @type {(inputs: Pl_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By month`)
};

export const pl_nine = /** @type {(inputs: Pl_NineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`9Q`)
};

export const pl_nine_title = /** @type {(inputs: Pl_Nine_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nine questions answered (赢单九问)`)
};

export const pl_no_changes = /** @type {(inputs: Pl_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing moved since that review.`)
};

export const pl_no_forecast = /** @type {(inputs: Pl_No_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No open deal in the funnel has a close date yet.`)
};

export const pl_no_snapshot = /** @type {(inputs: Pl_No_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No review saved yet. A manager saves one at each review; the next review shows what moved.`)
};

export const pl_open_deal = /** @type {(inputs: Pl_Open_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the deal room`)
};

export const pl_outside_funnel = /** @type {(inputs: Pl_Outside_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`above the funnel`)
};

export const pl_owner = /** @type {(inputs: Pl_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const pl_period = /** @type {(inputs: Pl_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Period`)
};

export const pl_quarter = /** @type {(inputs: Pl_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By quarter`)
};

export const pl_rates_saved = /** @type {(inputs: Pl_Rates_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rates saved.`)
};

export const pl_read_only_comments = /** @type {(inputs: Pl_Read_Only_CommentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can read these comments; your role on this deal does not let you comment.`)
};

export const pl_review = /** @type {(inputs: Pl_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Since the last review`)
};

export const pl_review_nav = /** @type {(inputs: Pl_Review_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals under review`)
};

export const pl_review_next = /** @type {(inputs: Pl_Review_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next deal`)
};

export const pl_review_position = /** @type {(inputs: Pl_Review_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deal ${i?.n} of ${i?.total}`)
};

export const pl_review_prev = /** @type {(inputs: Pl_Review_PrevInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous deal`)
};

export const pl_save_rates = /** @type {(inputs: Pl_Save_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save rates`)
};

export const pl_save_snapshot = /** @type {(inputs: Pl_Save_SnapshotInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save today's review`)
};

export const pl_snapshot_of = /** @type {(inputs: Pl_Snapshot_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Review of ${i?.when} (${i?.name})`)
};

export const pl_snapshot_saved = /** @type {(inputs: Pl_Snapshot_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved. Later reviews can compare with it.`)
};

export const pl_source = /** @type {(inputs: Pl_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source`)
};

export const pl_stage = /** @type {(inputs: Pl_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage`)
};

export const pl_summary = /** @type {(inputs: Pl_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} open deals · ${i?.amount} · weighted ${i?.weighted}`)
};

export const pl_temperature = /** @type {(inputs: Pl_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temp.`)
};

export const pl_threads_of = /** @type {(inputs: Pl_Threads_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comments on ${i?.title}`)
};

export const pl_too_little = /** @type {(inputs: Pl_Too_LittleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`your rate (${i?.count} closed)`)
};

export const pl_view = /** @type {(inputs: Pl_ViewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`View`)
};

export const pl_weighted = /** @type {(inputs: Pl_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weighted`)
};

export const pl_win_rate = /** @type {(inputs: Pl_Win_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Win rate`)
};

export const pl_win_rates = /** @type {(inputs: Pl_Win_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage win rates`)
};

export const pl_win_rates_help = /** @type {(inputs: Pl_Win_Rates_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From your won and lost deals that reached each stage. With fewer than 5 closed deals behind a stage, your own rate is used.`)
};

export const pos_competitive = /** @type {(inputs: Pos_CompetitiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitive position`)
};

export const pos_no_checklist = /** @type {(inputs: Pos_No_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no stage checklist`)
};

export const pos_stage = /** @type {(inputs: Pos_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage (from the checklist)`)
};

export const pos_temperature = /** @type {(inputs: Pos_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temperature`)
};

export const pos_urgency = /** @type {(inputs: Pos_UrgencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Urgency`)
};

export const print_back = /** @type {(inputs: Print_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the deal`)
};

export const print_button = /** @type {(inputs: Print_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print or save as PDF`)
};

export const print_exported = /** @type {(inputs: Print_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Exported ${i?.date}`)
};

export const profile_add_event = /** @type {(inputs: Profile_Add_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add to the log`)
};

export const profile_contacts = /** @type {(inputs: Profile_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

export const profile_deals = /** @type {(inputs: Profile_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

export const profile_event_contact = /** @type {(inputs: Profile_Event_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About`)
};

export const profile_event_date = /** @type {(inputs: Profile_Event_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Date`)
};

export const profile_event_text = /** @type {(inputs: Profile_Event_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happened`)
};

export const profile_log = /** @type {(inputs: Profile_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Event log`)
};

export const profile_log_empty = /** @type {(inputs: Profile_Log_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No events yet.`)
};

export const profile_no_support = /** @type {(inputs: Profile_No_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No support recorded yet at this account.`)
};

export const profile_nobody = /** @type {(inputs: Profile_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— nobody in particular —`)
};

export const profile_support = /** @type {(inputs: Profile_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support over time, across deals`)
};

export const profile_support_change = /** @type {(inputs: Profile_Support_ChangeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}: support ${i?.from} → ${i?.to} (${i?.deal})`)
};

export const profile_title = /** @type {(inputs: Profile_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account profile`)
};

export const read_only_commenter = /** @type {(inputs: Read_Only_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can read and comment on this deal room, not edit it.`)
};

export const read_only_frozen = /** @type {(inputs: Read_Only_FrozenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This deal is closed (${i?.status}): its deal room is kept read-only.`)
};

export const read_only_viewer = /** @type {(inputs: Read_Only_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can read this deal room, not edit it.`)
};

export const reopen_deal = /** @type {(inputs: Reopen_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reopen`)
};

export const res_add = /** @type {(inputs: Res_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a resource`)
};

export const res_empty = /** @type {(inputs: Res_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No resources planned yet. Who could help win this deal: an expert, our executive, a partner, a reference customer?`)
};

export const res_for = /** @type {(inputs: Res_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For whom`)
};

export const res_from_workspace = /** @type {(inputs: Res_From_WorkspaceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From the workspace’s list`)
};

export const res_kind = /** @type {(inputs: Res_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const res_remove = /** @type {(inputs: Res_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove resource`)
};

export const res_status = /** @type {(inputs: Res_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const res_their_win = /** @type {(inputs: Res_Their_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Their own win`)
};

export const res_when = /** @type {(inputs: Res_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const res_who = /** @type {(inputs: Res_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who or what`)
};

export const reset_for = /** @type {(inputs: Reset_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`For ${i?.email}. Every device signed in to this account will be signed out.`)
};

export const reset_gone = /** @type {(inputs: Reset_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This reset link has expired or has already been used. Ask for a new one.`)
};

export const reset_submit = /** @type {(inputs: Reset_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set password and sign in`)
};

export const reset_title = /** @type {(inputs: Reset_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a new password`)
};

export const role = /** @type {(inputs: RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role`)
};

export const role_commenter = /** @type {(inputs: Role_CommenterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commenter`)
};

export const role_editor = /** @type {(inputs: Role_EditorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Editor`)
};

export const role_viewer = /** @type {(inputs: Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viewer`)
};

export const rt_add_row = /** @type {(inputs: Rt_Add_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add person`)
};

export const rt_blank = /** @type {(inputs: Rt_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

export const rt_contact_create = /** @type {(inputs: Rt_Contact_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save as contact`)
};

export const rt_contact_linked = /** @type {(inputs: Rt_Contact_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linked to the account's contact`)
};

export const rt_contact_new = /** @type {(inputs: Rt_Contact_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New contact: ${i?.name}`)
};

export const rt_details = /** @type {(inputs: Rt_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details`)
};

export const rt_due = /** @type {(inputs: Rt_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Due`)
};

export const rt_empty = /** @type {(inputs: Rt_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody mapped yet. Add the people on the buying side.`)
};

export const rt_influence = /** @type {(inputs: Rt_InfluenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Influence`)
};

export const rt_mode = /** @type {(inputs: Rt_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Response mode`)
};

export const rt_move_down = /** @type {(inputs: Rt_Move_DownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move down`)
};

export const rt_move_up = /** @type {(inputs: Rt_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move up`)
};

export const rt_next_action = /** @type {(inputs: Rt_Next_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next action`)
};

export const rt_org_result = /** @type {(inputs: Rt_Org_ResultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Organisational result`)
};

export const rt_owner = /** @type {(inputs: Rt_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const rt_pains = /** @type {(inputs: Rt_PainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pains & concerns`)
};

export const rt_person = /** @type {(inputs: Rt_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Person`)
};

export const rt_personal_win = /** @type {(inputs: Rt_Personal_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal win`)
};

export const rt_remove_row = /** @type {(inputs: Rt_Remove_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove`)
};

export const rt_role = /** @type {(inputs: Rt_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buying role`)
};

export const rt_support = /** @type {(inputs: Rt_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support`)
};

export const rt_title = /** @type {(inputs: Rt_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Title`)
};

export const rt_why = /** @type {(inputs: Rt_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Why they stand there`)
};

export const save = /** @type {(inputs: SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save`)
};

export const save_all_saved = /** @type {(inputs: Save_All_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All changes saved`)
};

export const save_on_device = /** @type {(inputs: Save_On_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} changes on this device, not yet saved`)
};

export const save_saved = /** @type {(inputs: Save_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved`)
};

export const save_saving = /** @type {(inputs: Save_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saving…`)
};

export const save_unconfirmed = /** @type {(inputs: Save_UnconfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not yet confirmed by the server`)
};

export const sc_avoid = /** @type {(inputs: Sc_AvoidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mistakes to avoid`)
};

export const sc_buyer_track = /** @type {(inputs: Sc_Buyer_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How the customer buys`)
};

export const sc_cares = /** @type {(inputs: Sc_CaresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The buyer cares about`)
};

export const sc_current = /** @type {(inputs: Sc_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current stage`)
};

export const sc_customer_confirmed = /** @type {(inputs: Sc_Customer_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Customer confirmed`)
};

export const sc_needs_confirmation = /** @type {(inputs: Sc_Needs_ConfirmationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Counts only once the customer confirms`)
};

export const sc_optional = /** @type {(inputs: Sc_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`optional`)
};

export const sc_pseudo = /** @type {(inputs: Sc_PseudoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pseudo-opportunity: missing ${i?.missing}.`)
};

export const sc_qualification = /** @type {(inputs: Sc_QualificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Is the opportunity real?`)
};

export const sc_real = /** @type {(inputs: Sc_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A real opportunity: need, budget and key person are all there.`)
};

export const sc_sales_track = /** @type {(inputs: Sc_Sales_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How we sell`)
};

export const sc_ticked_by = /** @type {(inputs: Sc_Ticked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.date}`)
};

export const sc_todo = /** @type {(inputs: Sc_TodoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to do`)
};

export const search_all_results = /** @type {(inputs: Search_All_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All results`)
};

export const search_empty = /** @type {(inputs: Search_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing found for “${i?.q}”.`)
};

export const search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search is not available right now. Check the connection and try again.`)
};

export const search_hint = /** @type {(inputs: Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type a name, a company, a word from the notes: 方总, 人才库, talent pool.`)
};

export const search_kind_account = /** @type {(inputs: Search_Kind_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

export const search_kind_checklist = /** @type {(inputs: Search_Kind_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage checklist`)
};

export const search_kind_comment = /** @type {(inputs: Search_Kind_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

export const search_kind_competition = /** @type {(inputs: Search_Kind_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competition`)
};

export const search_kind_contact = /** @type {(inputs: Search_Kind_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

export const search_kind_deal = /** @type {(inputs: Search_Kind_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal`)
};

export const search_kind_notes = /** @type {(inputs: Search_Kind_NotesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notes`)
};

export const search_kind_person = /** @type {(inputs: Search_Kind_PersonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Role table · ${i?.name}`)
};

export const search_kind_pullback1 = /** @type {(inputs: Search_Kind_Pullback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pull-back plan`)
};

export const search_kind_resources = /** @type {(inputs: Search_Kind_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources plan`)
};

export const search_local = /** @type {(inputs: Search_LocalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline: results from the deals kept on this device.`)
};

export const search_nav = /** @type {(inputs: Search_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const search_palette_label = /** @type {(inputs: Search_Palette_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search everything (Ctrl+K)`)
};

export const search_placeholder = /** @type {(inputs: Search_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search deals, people, notes, comments…`)
};

export const search_title = /** @type {(inputs: Search_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const settings_only_managers = /** @type {(inputs: Settings_Only_ManagersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a workspace owner or manager can change settings.`)
};

export const settings_saved = /** @type {(inputs: Settings_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved.`)
};

export const settings_scale = /** @type {(inputs: Settings_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support scale for new role tables`)
};

export const settings_scale_eleven = /** @type {(inputs: Settings_Scale_ElevenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`11-point, detailed: −5 firmly against us … +5 champions us`)
};

export const settings_scale_five = /** @type {(inputs: Settings_Scale_FiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`5-point: −2 strongly opposed … +2 strong support`)
};

export const settings_scale_note = /** @type {(inputs: Settings_Scale_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Existing role tables keep the scale they were made with.`)
};

export const settings_title = /** @type {(inputs: Settings_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workspace settings`)
};

export const sign_in = /** @type {(inputs: Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const sign_out = /** @type {(inputs: Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const sign_out_anyway = /** @type {(inputs: Sign_Out_AnywayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out anyway`)
};

export const sign_out_offline = /** @type {(inputs: Sign_Out_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing out needs a connection, so that nothing on this device is lost.`)
};

export const sign_out_warning = /** @type {(inputs: Sign_Out_WarningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} changes on this device have not reached the server yet. Signing out deletes this device's copies of your deals, and those changes with them.`)
};

export const sign_out_warning_title = /** @type {(inputs: Sign_Out_Warning_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out with unsaved changes?`)
};

export const sign_up = /** @type {(inputs: Sign_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create an account`)
};

export const signup_confirm_button = /** @type {(inputs: Signup_Confirm_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create my account`)
};

export const signup_confirm_lead = /** @type {(inputs: Signup_Confirm_LeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Create the account ${i?.email} for ${i?.name}?`)
};

export const signup_confirm_title = /** @type {(inputs: Signup_Confirm_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finish creating your account`)
};

export const signup_gone = /** @type {(inputs: Signup_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This sign-up link has expired or has already been used. Sign up again, or sign in if the account exists.`)
};

export const signup_sent = /** @type {(inputs: Signup_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`We have sent a message to ${i?.email}. Open the link in it to finish creating your account (it works once, for 24 hours). If the address already has an account, the message says how to sign in.`)
};

export const slash_empty = /** @type {(inputs: Slash_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No block matches`)
};

export const slash_hint = /** @type {(inputs: Slash_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type / for blocks`)
};

export const status_connected = /** @type {(inputs: Status_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const status_connecting = /** @type {(inputs: Status_ConnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connecting…`)
};

export const status_lost = /** @type {(inputs: Status_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost`)
};

export const status_offline = /** @type {(inputs: Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline`)
};

export const status_open = /** @type {(inputs: Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const status_won = /** @type {(inputs: Status_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Won`)
};

export const stay_signed_in = /** @type {(inputs: Stay_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stay signed in`)
};

export const sync_closed_auth = /** @type {(inputs: Sync_Closed_AuthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session ended. Sign in again; your changes on this page are kept until then.`)
};

export const sync_closed_error = /** @type {(inputs: Sync_Closed_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection was closed: ${i?.reason}`)
};

export const sync_closed_forbidden = /** @type {(inputs: Sync_Closed_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You no longer have access to this deal.`)
};

export const sync_denied = /** @type {(inputs: Sync_DeniedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server refused your changes: you can no longer edit this deal. Your copy on this device is kept; copy it out below.`)
};

export const sync_paused_rate = /** @type {(inputs: Sync_Paused_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many changes at once: the server paused this connection for a moment. Reconnecting by itself; your changes stay on this device until they are saved.`)
};

export const sync_paused_server = /** @type {(inputs: Sync_Paused_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server had a problem with this deal. Reconnecting by itself; your changes stay on this device until they are saved.`)
};

export const tb_bold = /** @type {(inputs: Tb_BoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bold`)
};

export const tb_bullets = /** @type {(inputs: Tb_BulletsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bullet list`)
};

export const tb_code = /** @type {(inputs: Tb_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code`)
};

export const tb_code_block = /** @type {(inputs: Tb_Code_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code block`)
};

export const tb_h1 = /** @type {(inputs: Tb_H1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heading 1`)
};

export const tb_h2 = /** @type {(inputs: Tb_H2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heading 2`)
};

export const tb_h3 = /** @type {(inputs: Tb_H3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heading 3`)
};

export const tb_italic = /** @type {(inputs: Tb_ItalicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Italic`)
};

export const tb_link = /** @type {(inputs: Tb_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link`)
};

export const tb_link_prompt = /** @type {(inputs: Tb_Link_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link address (https://, http:// or mailto:)`)
};

export const tb_link_refused = /** @type {(inputs: Tb_Link_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only https://, http:// and mailto: links are allowed.`)
};

export const tb_numbers = /** @type {(inputs: Tb_NumbersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numbered list`)
};

export const tb_quote = /** @type {(inputs: Tb_QuoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quote`)
};

export const tb_redo = /** @type {(inputs: Tb_RedoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redo`)
};

export const tb_rule = /** @type {(inputs: Tb_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Divider`)
};

export const tb_strike = /** @type {(inputs: Tb_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strikethrough`)
};

export const tb_table = /** @type {(inputs: Tb_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Table`)
};

export const tb_tasks = /** @type {(inputs: Tb_TasksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Task list`)
};

export const tb_undo = /** @type {(inputs: Tb_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo`)
};

export const team_actions = /** @type {(inputs: Team_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Actions`)
};

export const team_copied = /** @type {(inputs: Team_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied`)
};

export const team_copy = /** @type {(inputs: Team_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy`)
};

export const team_error_already_invited = /** @type {(inputs: Team_Error_Already_InvitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This address already has an open invitation. Revoke it first to send a new one.`)
};

export const team_error_already_member = /** @type {(inputs: Team_Error_Already_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That person is already a member of this workspace.`)
};

export const team_error_forbidden = /** @type {(inputs: Team_Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role in this workspace does not allow that. Ask an owner.`)
};

export const team_error_invalid = /** @type {(inputs: Team_Error_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something in the form is not valid. Check it and try again.`)
};

export const team_error_last_owner = /** @type {(inputs: Team_Error_Last_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A workspace always needs an owner: make someone else owner first.`)
};

export const team_error_link_gone = /** @type {(inputs: Team_Error_Link_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link has expired, been used or been revoked. Ask the person who sent it for a new one.`)
};

export const team_error_not_member = /** @type {(inputs: Team_Error_Not_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That person is not (or no longer) a member of this workspace. Reload the page.`)
};

export const team_error_wrong_email = /** @type {(inputs: Team_Error_Wrong_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation was sent to another email address. Sign in with that address, or ask for a new invitation.`)
};

export const team_expires = /** @type {(inputs: Team_ExpiresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expires`)
};

export const team_invite = /** @type {(inputs: Team_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite`)
};

export const team_invite_mail_off = /** @type {(inputs: Team_Invite_Mail_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server sends no mail: copy the invitation link and send it yourself.`)
};

export const team_invite_mail_on = /** @type {(inputs: Team_Invite_Mail_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We mail the invitation; you also get its link to share yourself.`)
};

export const team_invite_title = /** @type {(inputs: Team_Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite a colleague`)
};

export const team_invited = /** @type {(inputs: Team_InvitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invitation for ${i?.email} created.`)
};

export const team_invited_by = /** @type {(inputs: Team_Invited_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invited by`)
};

export const team_joined = /** @type {(inputs: Team_JoinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Joined`)
};

export const team_last_active = /** @type {(inputs: Team_Last_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last active`)
};

export const team_leave = /** @type {(inputs: Team_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave`)
};

export const team_leave_confirm = /** @type {(inputs: Team_Leave_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave this workspace? You lose access to its deals at once.`)
};

export const team_link = /** @type {(inputs: Team_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link`)
};

export const team_mail_failed = /** @type {(inputs: Team_Mail_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The mail could not be sent (${i?.reason}). The invitation stays: copy the link and send it yourself.`)
};

export const team_mail_sent = /** @type {(inputs: Team_Mail_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We mailed it the link.`)
};

export const team_members = /** @type {(inputs: Team_MembersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`People in this workspace (${i?.count})`)
};

export const team_name = /** @type {(inputs: Team_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team name`)
};

export const team_never = /** @type {(inputs: Team_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`never`)
};

export const team_pending = /** @type {(inputs: Team_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pending invitations`)
};

export const team_pending_none = /** @type {(inputs: Team_Pending_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pending invitations.`)
};

export const team_remove = /** @type {(inputs: Team_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove`)
};

export const team_remove_confirm = /** @type {(inputs: Team_Remove_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove ${i?.name} from this workspace? Their access to its deals ends at once; their comments stay.`)
};

export const team_removed = /** @type {(inputs: Team_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removed. Their open deals were closed for them.`)
};

export const team_reset_link = /** @type {(inputs: Team_Reset_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset link`)
};

export const team_reset_link_made = /** @type {(inputs: Team_Reset_Link_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Password reset link for ${i?.name}: it works once, for one hour. Send it to them yourself.`)
};

export const team_revoke = /** @type {(inputs: Team_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke`)
};

export const team_role = /** @type {(inputs: Team_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role`)
};

export const team_role_changed = /** @type {(inputs: Team_Role_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role changed.`)
};

export const team_role_of = /** @type {(inputs: Team_Role_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Role of ${i?.name}`)
};

export const team_share_by_hand = /** @type {(inputs: Team_Share_By_HandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share this link by hand; it works once, for 7 days.`)
};

export const team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Members`)
};

export const team_transfer = /** @type {(inputs: Team_TransferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Make owner`)
};

export const team_transfer_confirm = /** @type {(inputs: Team_Transfer_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hand ownership to ${i?.name}? You become a manager.`)
};

export const team_transferred = /** @type {(inputs: Team_TransferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ownership handed over. You are now a manager.`)
};

export const team_you = /** @type {(inputs: Team_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`you`)
};

export const template_add_competitor = /** @type {(inputs: Template_Add_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a competitor`)
};

export const template_add_item = /** @type {(inputs: Template_Add_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add item`)
};

export const template_add_resource = /** @type {(inputs: Template_Add_ResourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a resource`)
};

export const template_checklist_title = /** @type {(inputs: Template_Checklist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage checklist`)
};

export const template_competitors_intro = /** @type {(inputs: Template_Competitors_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitors this team often meets. Each deal’s competition block offers them in one click.`)
};

export const template_competitors_title = /** @type {(inputs: Template_Competitors_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usual competitors`)
};

export const template_intro = /** @type {(inputs: Template_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New deals start with these items in their stage checklist. Existing deals keep theirs.`)
};

export const template_invalid = /** @type {(inputs: Template_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every item needs a text. Check the items and save again.`)
};

export const template_required = /** @type {(inputs: Template_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Required`)
};

export const template_resources_intro = /** @type {(inputs: Template_Resources_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People and assets this team often brings into a deal. Each deal’s resources plan offers them in one click.`)
};

export const template_resources_title = /** @type {(inputs: Template_Resources_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources we bring`)
};

export const template_title = /** @type {(inputs: Template_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal template: exit criteria per stage`)
};

export const ws_create = /** @type {(inputs: Ws_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New workspace`)
};

export const ws_none = /** @type {(inputs: Ws_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are not a member of any workspace now. Create one, or ask a colleague for an invitation.`)
};

export const ws_open = /** @type {(inputs: Ws_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const ws_role_manager = /** @type {(inputs: Ws_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manager`)
};

export const ws_role_member = /** @type {(inputs: Ws_Role_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Member`)
};

export const ws_role_owner = /** @type {(inputs: Ws_Role_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const ws_switch = /** @type {(inputs: Ws_SwitchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Switch workspace`)
};

export const ws_title = /** @type {(inputs: Ws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your workspaces`)
};

export const your_name = /** @type {(inputs: Your_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your name`)
};